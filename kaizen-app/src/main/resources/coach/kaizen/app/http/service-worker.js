// Kaizen Coach's service worker, written by hand: nothing in it comes from another host. The server
// fills in the build (a digest of the files below: a release that changes one replaces them all),
// the files a page needs, and the pages that open without a network.
const BUILD = "__BUILD__";
const ASSETS = __ASSETS__;
const PAGES = __PAGES__;
const ASSET_CACHE = "kaizen-assets-" + BUILD;
// The pages are one person's: kept apart, and forgotten whenever someone signs in or out.
const PAGE_CACHE = "kaizen-pages";
const SIGNING_IN_OR_OUT = ["/login", "/signup", "/logout"];

importScripts("/assets/checkin-queue.js", "/assets/sw-push.js");

self.addEventListener("install", (event) => {
    event.waitUntil(caches.open(ASSET_CACHE)
        .then((cache) => cache.addAll(ASSETS.map((path) => new Request(path, { cache: "reload" }))))
        .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names
            .filter((name) => name !== ASSET_CACHE && name !== PAGE_CACHE)
            .map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.method === "POST" && SIGNING_IN_OR_OUT.includes(url.pathname)) {
        // The form goes on to the network untouched; whoever comes next finds no one's pages here.
        event.waitUntil(forgetPages(url.pathname === "/logout"));
    } else if (request.method === "GET" && request.mode === "navigate" && PAGES.includes(url.pathname)) {
        event.respondWith(networkFirst(request, url.pathname));
    } else if (request.method === "GET" && ASSETS.includes(url.pathname)) {
        event.respondWith(caches.match(url.pathname, { cacheName: ASSET_CACHE })
            .then((kept) => kept || fetch(request)));
    }
    // Everything else, the API included, is never kept: it goes to the network as if we were not here.
});

// The latest copy from the network, kept for later; without a network, the copy kept last time. A page
// asked with a query (/today?won=2) says what was just done, which a copy kept for another day must not.
async function networkFirst(request, path) {
    try {
        const response = await fetch(request);
        if (response.ok && response.type === "basic" && !response.redirected && !new URL(request.url).search) {
            const cache = await caches.open(PAGE_CACHE);
            await cache.put(path, response.clone());
        }
        return response;
    } catch (offline) {
        const kept = await caches.match(path, { cacheName: PAGE_CACHE });
        return kept ? markedKept(kept) : Response.error();
    }
}

// The page is told it is the copy kept here (its [data-offline] says "kept"), so it can say so
// even where the browser still believes it is online.
async function markedKept(kept) {
    const html = await kept.text();
    return new Response(html.replace("data-offline ", "data-offline=\"kept\" "),
        { status: kept.status, headers: kept.headers });
}

async function forgetPages(signingOut) {
    await caches.delete(PAGE_CACHE);
    if (signingOut) {
        await KaizenQueue.clear();
    }
}

// A signed-in page asks for the offline pages to be kept, so the safety plan is there even if the
// person has not opened it lately; each is asked for once, when it is not kept yet.
self.addEventListener("message", (event) => {
    if (event.data === "keep-pages") {
        event.waitUntil(keepPages());
    }
});

async function keepPages() {
    const cache = await caches.open(PAGE_CACHE);
    for (const path of PAGES) {
        if (!(await cache.match(path))) {
            const response = await fetch(path, { credentials: "same-origin", redirect: "manual" });
            if (response.ok) {
                await cache.put(path, response);
            }
        }
    }
}

// Background sync, where the browser has it: the check-ins waiting here go when the network is back,
// even if no page of ours is open then. Reminders pushed by the server are shown by sw-push.js.
self.addEventListener("sync", (event) => {
    if (event.tag === KaizenQueue.SYNC_TAG) {
        event.waitUntil(KaizenQueue.sendAll(null, null).then(async (result) => {
            if (result.sent > 0 || result.refused > 0) {
                (await self.clients.matchAll()).forEach((page) => page.postMessage("check-ins-sent"));
            }
            if (result.waiting > 0) {
                throw new Error("still waiting: the browser tries again later");
            }
        }));
    }
});
