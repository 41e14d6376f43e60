package coach.kaizen.app.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import coach.kaizen.app.testing.BrowserJourney;
import coach.kaizen.app.testing.LoopFiles.Entry;
import coach.kaizen.app.testing.LoopFiles.Habit;
import coach.kaizen.app.testing.LoopFiles;
import coach.kaizen.core.strength.Frequency;
import coach.kaizen.core.strength.ScoreList;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Someone coming from Loop Habit Tracker brings a backup and then the CSV export through Settings,
 * without JavaScript, and sees each habit's strength as Loop shows its score today; a file that is
 * not Loop's is shown again with what is wrong.
 */
class LoopBrowserIT extends BrowserJourney {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 14);

    @Override
    protected Instant start() {
        return Instant.parse("2026-09-14T09:00:00Z");
    }

    /** Done on most of the last 50 days, today included, with a skip. */
    private static Habit walk() {
        List<Entry> entries = new ArrayList<>();
        for (int back = 50; back >= 0; back--) {
            if (back % 5 != 2) {
                entries.add(new Entry(TODAY.minusDays(back), back == 12 ? 3 : 2, ""));
            }
        }
        return Habit.yesNo("Walk", 1, 1, entries);
    }

    private static Habit swim() {
        List<Entry> entries = new ArrayList<>();
        for (int back = 40; back >= 0; back -= 4) {
            entries.add(new Entry(TODAY.minusDays(back), 2, ""));
        }
        return Habit.yesNo("Swim", 2, 7, entries);
    }

    /** Loop's score today, as Loop's ScoreList computes it (golden-tested in the core). */
    private static String loopPercent(Habit habit) {
        LocalDate first = habit.entries().get(0).day();
        double[] days = new double[(int) (TODAY.toEpochDay() - first.toEpochDay()) + 1];
        Arrays.fill(days, 0);
        for (Entry entry : habit.entries()) {
            days[(int) (entry.day().toEpochDay() - first.toEpochDay())] = entry.value() == 3 ? ScoreList.SKIP : 1;
        }
        double[] scores = ScoreList.scores(new Frequency(habit.times(), habit.days()), days);
        return Math.round(scores[scores.length - 1] * 100) + "%";
    }

    @Test
    void aBackupAndACsvZipComeOverWithLoopsStrengths() {
        open(false);
        newAccount("lena");

        page.navigate(app.url() + "settings");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Download everything that is yours, bring it back, or bring your habits from Loop Habit Tracker"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "Bring your habits from Loop, or take your steps to Loop")).click();
        expectAt("settings/loop");

        upload("loop.db", "application/vnd.sqlite3", LoopFiles.backup(24, List.of(walk())));
        Locator imported = page.locator("section.imported li");
        assertThat(imported).hasCount(1);
        assertThat(imported.first().textContent()).contains("Walk", loopPercent(walk()), "new step, 41 days");
        screenshot("loop-backup-imported.png");

        upload("Loop Habits CSV.zip", "application/zip", LoopFiles.csvZip(List.of(walk(), swim())));
        assertThat(imported).hasCount(2);
        assertThat(imported.nth(0).textContent()).contains("Walk", loopPercent(walk()), "already here, nothing new");
        assertThat(imported.nth(1).textContent()).contains("Swim", loopPercent(swim()), "new step");

        page.navigate(app.url() + "today");
        assertThat(page.locator(".strength").allTextContents()).anyMatch(text -> text.contains(loopPercent(walk())));

        page.navigate(app.url() + "settings/loop");
        upload("notes.db", "application/octet-stream", "just some words".getBytes());
        assertThat(page.locator("#form-error")).containsText("neither a Loop backup");
        screenshot("loop-refused.png");

        // Over 10 MB: read whole, then refused with a page that says why, never a broken connection.
        upload("big.db", "application/vnd.sqlite3", new byte[11 * 1024 * 1024]);
        assertThat(page.locator("main")).containsText("That is more than we can take in one go: 10 MB at most.");
        // The refused uploads' 422 and 413 are the pages doing their job.
        problems.removeIf(problem -> (problem.contains("422") || problem.contains("413"))
                && problem.contains(app.url() + "settings/loop"));
        assertNoProblems();
    }

    private void upload(String name, String type, byte[] bytes) {
        page.getByLabel("A Loop backup (.db) or Loop's CSV export (.zip)").setInputFiles(new FilePayload(name, type,
                bytes));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bring my habits")).click();
    }
}
