// "Notifications on this device" on /settings/reminders: subscribes this browser to reminders with
// Web Push (the app's public key from the page), and gives the subscription to the server; or stops.
// Every word comes from the page (the data-push-* of [data-push]), in the person's language.
document.addEventListener("DOMContentLoaded", async () => {
    const section = document.querySelector("[data-push]");
    if (!section) {
        return;
    }
    const said = section.querySelector("[data-push-said]");
    const turnOn = section.querySelector("[data-push-turn-on]");
    const turnOff = section.querySelector("[data-push-turn-off]");
    const csrf = section.querySelector("input[name=csrf]").value;
    const say = (words) => { said.textContent = section.dataset[words]; };
    const show = (on) => {
        turnOn.hidden = on;
        turnOff.hidden = !on;
        say(on ? "pushOn" : "pushOff");
    };
    if (!window.isSecureContext || !("serviceWorker" in navigator) || !("PushManager" in window)
            || !("Notification" in window)) {
        return; // the page already says this browser cannot
    }
    if (Notification.permission === "denied") {
        say("pushDenied");
        return;
    }
    let registration;
    try {
        await navigator.serviceWorker.register("/sw.js", { scope: "/" });
        registration = await navigator.serviceWorker.ready;
        show((await registration.pushManager.getSubscription()) !== null);
    } catch (unavailable) {
        return;
    }

    async function post(path, fields) {
        const response = await fetch(path, { method: "POST", credentials: "same-origin",
            body: new URLSearchParams({ csrf, ...fields }) });
        if (!response.ok) {
            throw new Error("not taken: " + response.status);
        }
    }

    turnOn.addEventListener("click", async () => {
        turnOn.disabled = true;
        try {
            const permission = await Notification.requestPermission();
            if (permission !== "granted") {
                say(permission === "denied" ? "pushDenied" : "pushNotAllowed");
                return;
            }
            let subscription;
            try {
                subscription = await registration.pushManager.subscribe({ userVisibleOnly: true,
                    applicationServerKey: bytes(section.dataset.pushKey) });
            } catch (refused) {
                // Refused by the browser or its push service (a private window, often): trying again will not
                // help. Anything else (a key it cannot read) is trouble, said below.
                if (refused.name !== "NotAllowedError" && refused.name !== "AbortError") {
                    throw refused;
                }
                say("pushNoService");
                return;
            }
            const sent = subscription.toJSON();
            await post("/settings/reminders/push", { endpoint: sent.endpoint, p256dh: sent.keys.p256dh,
                auth: sent.keys.auth });
            show(true);
        } catch (trouble) {
            say("pushTrouble");
        } finally {
            turnOn.disabled = false;
        }
    });

    turnOff.addEventListener("click", async () => {
        turnOff.disabled = true;
        try {
            const subscription = await registration.pushManager.getSubscription();
            if (subscription) {
                await post("/settings/reminders/push/delete", { endpoint: subscription.endpoint });
                await subscription.unsubscribe();
            }
            show(false);
        } catch (trouble) {
            say("pushTrouble");
        } finally {
            turnOff.disabled = false;
        }
    });

    // The key as browsers take it everywhere: bytes, from the page's base64url.
    function bytes(base64url) {
        const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
        return Uint8Array.from(atob(base64 + "=".repeat((4 - base64.length % 4) % 4)), (c) => c.charCodeAt(0));
    }
});
