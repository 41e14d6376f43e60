/*
 * A slow disk for the load benchmark (scripts/load.sh --slow-disk MS): every fsync and fdatasync
 * of the process it is preloaded into waits KAIZEN_SLOW_SYNC_MS milliseconds after the real one,
 * as a disk that commits a few hundred times a second would. Only the wait is added; the data is
 * synced as before.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <time.h>

static void wait_as_a_slow_disk(void) {
    const char *ms = getenv("KAIZEN_SLOW_SYNC_MS");
    long millis = ms ? atol(ms) : 0;
    struct timespec pause = { millis / 1000, (millis % 1000) * 1000000L };
    while (millis > 0 && nanosleep(&pause, &pause) != 0) {
    }
}

/* The real call, looked up once by name, then the wait. */
static int synced(int (**real)(int), const char *name, int fd) {
    if (!*real) {
        *real = (int (*)(int)) dlsym(RTLD_NEXT, name);
    }
    int result = (*real)(fd);
    wait_as_a_slow_disk();
    return result;
}

int fsync(int fd) {
    static int (*real)(int);
    return synced(&real, "fsync", fd);
}

int fdatasync(int fd) {
    static int (*real)(int);
    return synced(&real, "fdatasync", fd);
}
