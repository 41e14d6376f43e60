// The app without a network: our service worker keeps Today, help and the safety plan on this
// device; a check-in tapped offline waits here (checkin-queue.js) and goes when the network is back.
// Every word comes from the page: the data-* of [data-offline], in the person's language.
document.addEventListener("DOMContentLoaded", () => {
    const note = document.querySelector("[data-offline]");
    if (!note || !("indexedDB" in window) || !window.isSecureContext) {
        return;
    }
    const person = note.dataset.person || "";
    // The copy kept on the device (the worker marks it): the network was away when it opened.
    let kept = note.dataset.offline === "kept";
    const offline = () => kept || !navigator.onLine;
    const CHECK_IN = /^\/steps\/(\d+)\/check-ins$/;

    // What the person should know: that this is the copy kept on the device, and what is waiting.
    async function tell() {
        const waiting = person ? (await KaizenQueue.all()).filter((item) => item.person === person && !item.refused)
            : [];
        const said = [];
        if (offline()) {
            said.push(note.dataset.offlineNow);
        }
        if (waiting.length > 0) {
            said.push(waiting.length === 1 ? note.dataset.waitingOne
                : note.dataset.waitingMore.replace("{count}", String(waiting.length)));
        }
        note.textContent = said.join(" ");
        note.hidden = said.length === 0;
        waiting.forEach((item) => markWaiting(item.action));
        await tellRefused();
    }

    // A check-in the server turned down is never dropped unseen: the person is told, with the words
    // they typed, until they say they have read it.
    async function tellRefused() {
        const box = document.querySelector("[data-refused]");
        if (!box) {
            return;
        }
        const refused = person ? await KaizenQueue.refused(person) : [];
        box.hidden = refused.length === 0;
        if (refused.length === 0) {
            return;
        }
        box.querySelector("[data-refused-said]").textContent = refused.length === 1 ? box.dataset.one
            : box.dataset.more.replace("{count}", String(refused.length));
        const notes = box.querySelector("[data-refused-notes]");
        notes.replaceChildren(...refused.map((item) => new URLSearchParams(item.body).get("note"))
            .filter((words) => words && words.trim()).map((words) => {
                const quoted = document.createElement("blockquote");
                quoted.textContent = words;
                return quoted;
            }));
    }

    document.querySelector("[data-refused] button")?.addEventListener("click", async () => {
        await KaizenQueue.forgetRefused(person);
        await tellRefused();
    });

    function markWaiting(action) {
        const card = document.getElementById("step-" + new URL(action, location.href).pathname.match(CHECK_IN)[1]);
        if (card && !card.querySelector("[data-waiting]")) {
            const mark = document.createElement("p");
            mark.className = "muted";
            mark.dataset.waiting = "";
            mark.textContent = note.dataset.cardWaiting;
            card.querySelector("h2").after(mark);
        }
    }

    async function keep(action, fields) {
        await KaizenQueue.keep(action, fields, person);
        await tell();
        const worker = "serviceWorker" in navigator ? await navigator.serviceWorker.ready : null;
        if (worker && worker.sync) {
            worker.sync.register(KaizenQueue.SYNC_TAG).catch(() => { /* the page sends them instead */ });
        }
    }

    async function send() {
        if (!person || offline()) {
            return tell();
        }
        const token = document.querySelector("input[name=csrf]");
        const { sent, refused } = await KaizenQueue.sendAll(token ? token.value : null, person);
        return sent > 0 || refused > 0 ? arrived() : tell();
    }

    async function arrived() {
        await tell();
        if (document.querySelector("[data-waiting]")) {
            location.reload(); // the cards as the server now has them
        }
    }

    // A tap on a check-in form: it gets its idempotency key now. Offline, it waits here instead of
    // going (this listener runs before htmx's, on the way down to the form).
    document.addEventListener("submit", (event) => {
        const form = event.target;
        const action = new URL(form.action, location.href).pathname;
        if (!person || !CHECK_IN.test(action)) {
            return;
        }
        const fields = new FormData(form, event.submitter);
        fields.set("idempotency-key", crypto.randomUUID());
        let field = form.querySelector("input[name=idempotency-key]");
        if (!field) {
            field = Object.assign(document.createElement("input"), { type: "hidden", name: "idempotency-key" });
            form.append(field);
        }
        field.value = fields.get("idempotency-key");
        if (offline()) {
            event.preventDefault();
            event.stopPropagation();
            keep(action, new URLSearchParams(fields));
        }
    }, true);

    // Online, but the check-in met no network on its way: it waits too, with the key it was sent with.
    document.body.addEventListener("htmx:sendError", (event) => {
        const config = event.detail.requestConfig;
        if (person && config && CHECK_IN.test(config.path) && config.formData.get("idempotency-key")) {
            keep(config.path, new URLSearchParams(config.formData));
        }
    });

    window.addEventListener("online", () => {
        kept = false;
        setTimeout(send, 1000); // a moment for the connection to settle
    });
    window.addEventListener("offline", tell);

    forgetAnotherPerson().then(() => {
        send();
        if ("serviceWorker" in navigator) {
            navigator.serviceWorker.addEventListener("message", (event) => {
                if (event.data === "check-ins-sent") {
                    arrived();
                }
            });
            navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(() => navigator.serviceWorker.ready)
                .then((registration) => {
                    if (person) {
                        registration.active.postMessage("keep-pages");
                    }
                }).catch(() => { /* the pages work without it, only not offline */ });
        }
    });

    // A different person signed in on this device: nothing of the last one's stays here.
    async function forgetAnotherPerson() {
        const last = localStorage.getItem("kaizen-person");
        if (person && last !== person) {
            await KaizenQueue.clear();
            await caches.delete("kaizen-pages");
            await stopNotifications();
            localStorage.setItem("kaizen-person", person);
        }
    }

    // The last person's reminders stop coming to this browser: its push service then tells the
    // server the subscription has ended, and the server forgets it.
    async function stopNotifications() {
        const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration("/") : null;
        const subscription = registration && registration.pushManager
            ? await registration.pushManager.getSubscription().catch(() => null) : null;
        if (subscription) {
            await subscription.unsubscribe().catch(() => false);
        }
    }
});
