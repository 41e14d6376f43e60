package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.Chromium.Screen;
import coach.kaizen.app.testing.VariedPerson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Someone with months of history downloads everything from Settings › Your data, deletes the
 * account, signs up again under the same name, brings the file in on the same page, and finds the
 * same Today, the same aims and the same steps, and an export that is the same document.
 */
class OurDataBrowserIT extends BrowserJourney {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected Instant start() {
        return Instant.parse("2026-09-14T09:00:00Z");
    }

    @Test
    void everythingDownloadedComesBackWhole() throws IOException {
        VariedPerson.Varied varied = VariedPerson.signedUp(app.services(), "Europe/Madrid");
        open(Screen.PHONE, ColorScheme.LIGHT);
        logIn(varied.person().username(), varied.password());
        page.navigate(app.url() + "settings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Download everything that is yours, bring it back, or bring your habits from Loop Habit Tracker"))
                .click();
        expectAt("settings/data");
        screenshot("our-data.png");
        byte[] file = download();
        Map<String, String> before = whatTheyRead();

        page.navigate(app.url() + "settings/account");
        page.getByLabel("Your password, to confirm").fill(varied.password());
        press("Delete my account and everything in it");
        expectAt("goodbye");

        context.close();
        open(Screen.PHONE, ColorScheme.DARK);
        newAccount(varied.person().username());
        page.navigate(app.url() + "settings/data");
        page.getByLabel("Your JSON file").setInputFiles(new FilePayload("kaizen-coach.json", "application/json",
                file));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my data in")).click();
        assertThat(page.locator("section.imported")).containsText("things came in");
        assertThat(page.locator("section.imported")).containsText("Your settings came over too: your days now follow "
                + "the time zone " + varied.person().zone().getId().replace("/", " · ").replace('_', ' ') + ".");
        screenshot("our-data-imported-dark.png");

        assertThat(whatTheyRead()).isEqualTo(before);
        assertThat(withoutDate(download())).isEqualTo(withoutDate(file));

        // An empty file is named as empty, not as no file chosen.
        page.getByLabel("Your JSON file").setInputFiles(new FilePayload("empty.json", "application/json", new byte[0]));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my data in")).click();
        assertThat(page.locator("#form-error")).containsText("The file “empty.json” is empty: choose it again, or another one.");
        page.getByLabel("Your JSON file").setInputFiles(new FilePayload("notes.json", "application/json",
                "{\"format\":\"kaizen-coach\",\"version\":7}".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my data in")).click();
        assertThat(page.locator("#form-error")).containsText("newer Kaizen Coach (version 7)");
        // The refused uploads' 422s and 400 are the page doing its job.
        problems.removeIf(problem -> (problem.contains("400") || problem.contains("422"))
                && problem.contains(app.url() + "settings/data"));

        // A file over 10 MB is named too large as soon as it is chosen, and never sent.
        Locator chosen = page.getByLabel("Your JSON file");
        chosen.setInputFiles(new FilePayload("huge.json", "application/json", new byte[11 * 1024 * 1024]));
        assertThat(chosen.evaluate("input => input.validationMessage"))
                .isEqualTo("That is more than we can take in one go: 10 MB at most.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my data in")).click();
        expectAt("settings/data");
        assertThat(page.locator("#form-error")).containsText("newer Kaizen Coach (version 7)");
        // A file of ours holding nothing says so, not that all of it was already here.
        page.getByLabel("Your JSON file").setInputFiles(new FilePayload("blank.json", "application/json",
                "{\"format\":\"kaizen-coach\",\"version\":1}".getBytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my data in")).click();
        assertThat(page.locator("section.imported h2"))
                .hasText("The file held no aims, steps or days, so nothing came in.");
        assertNoProblems();
    }

    private byte[] download() throws IOException {
        page.navigate(app.url() + "settings/data");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download everything (JSON)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("kaizen-coach-2026-09-14.json");
        return Files.readAllBytes(download.path());
    }

    private static ObjectNode withoutDate(byte[] json) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(json);
        document.remove("exportedAt");
        return document;
    }

    /** The main content of Today, then of each aim's page and each step's page, in the order the aims list them. */
    private Map<String, String> whatTheyRead() {
        Map<String, String> read = new LinkedHashMap<>();
        read.put("today", mainOf("today"));
        List<String> aims = links("aims", "/aims/\\d+");
        Set<String> steps = new LinkedHashSet<>();
        for (int i = 0; i < aims.size(); i++) {
            read.put("aim " + i, mainOf(aims.get(i).substring(1)));
            steps.addAll(links(aims.get(i).substring(1), "/steps/\\d+"));
        }
        List<String> inOrder = new ArrayList<>(steps);
        for (int i = 0; i < inOrder.size(); i++) {
            read.put("step " + i, mainOf(inOrder.get(i).substring(1)));
        }
        assertThat(aims).hasSizeGreaterThan(2);
        assertThat(inOrder).hasSizeGreaterThan(3);
        return read;
    }

    /** The page's main content, without the note only the demo account shows. */
    private String mainOf(String path) {
        page.navigate(app.url() + path);
        String note = page.locator("p.demo").count() == 0 ? "" : page.locator("p.demo").innerText();
        return page.locator("main").innerText().replace(note, "").strip();
    }

    private List<String> links(String path, String pattern) {
        page.navigate(app.url() + path);
        List<String> hrefs = new ArrayList<>();
        for (Object href : (List<?>) page.evalOnSelectorAll("main a[href]", "links => links.map(a => a.getAttribute('href'))")) {
            if (String.valueOf(href).matches(pattern) && !hrefs.contains(String.valueOf(href))) {
                hrefs.add(String.valueOf(href));
            }
        }
        return hrefs;
    }
}
