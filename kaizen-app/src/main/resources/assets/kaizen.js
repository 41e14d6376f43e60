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
