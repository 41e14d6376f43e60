// The service worker's part in reminders (Web Push): each reminder the server pushes (the browser has
// decrypted it already) is shown as a notification, and a tap opens its page in the app: the step's
// check-in on Today, or the session. The words come from the server, in the person's language.
self.addEventListener("push", (event) => {
    let reminder = null;
    try {
        reminder = event.data ? event.data.json() : null;
    } catch (notOurs) {
        // not a reminder of ours: nothing to show
    }
    if (!reminder || !reminder.title) {
        return;
    }
    event.waitUntil(self.registration.showNotification(reminder.title, {
        body: reminder.body,
        tag: reminder.tag,
        icon: "/assets/icons/icon-192.png",
        data: { url: reminder.url },
    }));
});

self.addEventListener("notificationclick", (event) => {
    event.notification.close();
    event.waitUntil(open(where(event.notification.data)));
});

// Only a page of this app: the path and anchor the server named, on this worker's own origin.
function where(data) {
    const named = new URL((data && data.url) || "/today", self.location.origin);
    return new URL(named.pathname + named.hash, self.location.origin).href;
}

// A window of the app already open is brought forward and taken there; else a new one opens.
async function open(url) {
    const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const ours = windows.find((page) => new URL(page.url).origin === self.location.origin);
    if (ours) {
        const focused = await ours.focus();
        return focused.navigate ? focused.navigate(url) : focused;
    }
    return self.clients.openWindow(url);
}
