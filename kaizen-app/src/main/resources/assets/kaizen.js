// Small touches only; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // Sign-up: start from the browser's own time zone.
    const zone = document.querySelector("[data-browser-zone]");
    if (zone && zone.value === "UTC") {
        try {
            zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
        } catch (e) {
            // keep UTC; the person can type their zone
        }
    }
});

// The breathing minute: a visible countdown; at the end the minute is logged as a win. Once the
// page is loaded it needs no network until then, and an offline ending waits for the network.
// Its words come from the page, in the person's language (data-breath-done, data-breath-offline).
document.addEventListener("DOMContentLoaded", () => {
    const timer = document.querySelector("[data-breath-timer]");
    const form = document.querySelector("[data-breath-form]");
    if (!timer || !form) {
        return;
    }
    const status = document.querySelector("[data-breath-status]");
    const button = form.querySelector("button");
    const seconds = 60;
    const start = Date.now();
    button.disabled = true;
    const log = () => {
        if (navigator.onLine) {
            status.textContent = form.dataset.breathDone;
            form.submit();
        } else {
            status.textContent = form.dataset.breathOffline;
            window.addEventListener("online", log, { once: true });
        }
    };
    const tick = setInterval(() => {
        const left = Math.max(0, seconds - Math.floor((Date.now() - start) / 1000));
        timer.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
        if (left === 0) {
            clearInterval(tick);
            button.disabled = false;
            log();
        }
    }, 250);
});

// "Print it" on the safety plan: the browser's own print, with the print stylesheet (without
// this file the button stays hidden and the browser's menu prints the same page).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-print]").forEach((button) => { button.hidden = false; });
});
document.addEventListener("click", (event) => {
    if (event.target.closest("[data-print]")) {
        window.print();
    }
});

// A file too large to send is said as soon as it is chosen, and the form is not sent (the server
// refuses it with the same words, which is what a page without this file shows).
document.addEventListener("change", (event) => {
    const input = event.target;
    if (!input.matches("input[type=file][data-max-bytes]")) {
        return;
    }
    const file = input.files[0];
    input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : "");
    input.reportValidity();
});

// A problem about one field is tied to it, so a screen reader says the problem on reaching the field and the
// field shows it is the one to mend. The problem sits inside its form or before it (on a page of several
// forms, the first after it that has the field).
document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll(".error[data-field]").forEach((problem) => {
        const named = `[name="${CSS.escape(problem.dataset.field)}"]`;
        const form = problem.closest("form") || [...document.forms].find((candidate) =>
            problem.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING
            && candidate.querySelector(named));
        const typed = "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea";
        form?.querySelectorAll(named).forEach((field) => {
            if (!field.matches(typed)) {
                return; // a button that sends the form is not what to mend
            }
            field.setAttribute("aria-invalid", "true");
            const said = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
            field.setAttribute("aria-describedby", [...new Set([...said, problem.id])].join(" "));
        });
    });
});

// A card htmx redraws in place keeps the keyboard's place: when focus was in it, it moves to the card's
// problem, else to what the new card says first, so the next Tab is the card's next control rather than
// the top of the page (or, after a problem, Done). Each request carries its own card.
document.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    if (event.detail.shouldSwap && target.id && target.contains(document.activeElement)) {
        event.detail.xhr.kaizenCard = target.id;
    }
});
document.addEventListener("htmx:afterSettle", (event) => {
    const card = event.detail.xhr && document.getElementById(event.detail.xhr.kaizenCard);
    if (!card || card.contains(document.activeElement)) {
        return;
    }
    const next = card.querySelector(".error") || card.querySelector(".checked")
        || card.querySelector("button, a[href], input, select, textarea") || card;
    if (!next.matches("button, a[href], input, select, textarea")) {
        next.setAttribute("tabindex", "-1");
    }
    next.focus();
});
