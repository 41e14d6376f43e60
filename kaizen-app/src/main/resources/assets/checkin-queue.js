// Check-ins waiting to be sent, kept in this browser (IndexedDB) and shared by the pages and the
// service worker. Each carries the idempotency key made when the person tapped, so however often
// it is sent (by a page coming back online, a page loading, the worker's sync), it is saved once.
// No words here: the pages say what is waiting, in the person's language.
const KaizenQueue = (() => {
    const SYNC_TAG = "kaizen-check-ins";
    const STORE = "check-ins";
    let opened = null;

    function database() {
        opened = opened || new Promise((resolve, reject) => {
            const request = indexedDB.open("kaizen", 1);
            request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "key" });
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
        return opened;
    }

    async function run(mode, work) {
        const store = (await database()).transaction(STORE, mode).objectStore(STORE);
        const request = work(store);
        return new Promise((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
        });
    }

    const all = () => run("readonly", (store) => store.getAll());
    const remove = (key) => run("readwrite", (store) => store.delete(key));
    const put = (item) => run("readwrite", (store) => store.put(item));

    /** Keeps a check-in: the form's action and fields (its idempotency-key among them), and whose it is. */
    function keep(action, fields, person) {
        return put({ key: fields.get("idempotency-key"), action, body: fields.toString(), person, at: Date.now() });
    }

    /** The check-ins the server turned down, {@code person}'s only: they stay until the person has read them. */
    async function refused(person) {
        return (await all()).filter((item) => item.refused && item.person === person);
    }

    /** Forgets the turned-down check-ins of {@code person}, once they have been told. */
    async function forgetRefused(person) {
        for (const item of await refused(person)) {
            await remove(item.key);
        }
    }

    function clear() {
        return run("readwrite", (store) => store.clear());
    }

    // One sender at a time across the pages and the worker; a second finds the first one's work done.
    function oneAtATime(work) {
        const locks = self.navigator && self.navigator.locks;
        return locks ? locks.request(SYNC_TAG, work) : work();
    }

    /**
     * Sends the waiting check-ins (only {@code person}'s, when named: never one person's under another's
     * sign-in), with {@code csrf} (the page's own form token) when given. A check-in
     * the server took is done; one it turned down for good (a step since removed, a day already
     * checked in elsewhere) is kept aside, marked, so the page can say so and show what was typed;
     * one that met no network, a server error, a sign-in or an expired form token waits for the next
     * try. Answers how many went, how many wait and how many were turned down.
     */
    function sendAll(csrf, person) {
        return oneAtATime(async () => {
            let sent = 0;
            let waiting = 0;
            let refused = 0;
            for (const item of (await all()).filter((kept) => !kept.refused && (!person || kept.person === person))) {
                const fields = new URLSearchParams(item.body);
                if (csrf) {
                    fields.set("csrf", csrf);
                }
                let response = null;
                try {
                    response = await fetch(item.action, { method: "POST", body: fields, credentials: "same-origin",
                        redirect: "manual", headers: { "HX-Request": "true" } });
                } catch (offline) {
                    // no network yet
                }
                if (response && response.ok) {
                    await remove(item.key);
                    sent++;
                } else if (response && response.status >= 400 && response.status < 500
                        && response.status !== 401 && response.status !== 403) {
                    await put({ ...item, refused: response.status });
                    refused++;
                } else {
                    waiting++;
                }
            }
            return { sent, waiting, refused };
        });
    }

    return { SYNC_TAG, all, keep, clear, sendAll, refused, forgetRefused };
})();
