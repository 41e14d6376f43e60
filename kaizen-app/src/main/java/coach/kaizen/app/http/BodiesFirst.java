package coach.kaizen.app.http;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A request's body is read whole before the app sees the request, and no thread waits for it: Jetty
 * calls back as its bytes arrive. A client that sends its body a byte at a time (to starve the
 * server of threads, or on a network that has stalled) so holds no thread that serves everyone else.
 * It is cut off with a 408 once its body comes in slower than {@link #MIN_BYTES_PER_SECOND} on
 * average after the first {@link #GRACE}; the app then reads each body from memory, at once.
 *
 * <p>A body over {@link WebServer#MAX_BODY_BYTES} is refused with 413, but read to its end first (and
 * thrown away) when it is no larger than {@link #MAX_READ_TO_REFUSE}: a client still sending when the
 * connection closed would lose the answer to the reset, and a person uploading a file a little too large
 * would see a network error instead of why. Read to its end, it is handed on without its body and
 * refused by the app ({@link #refuseTooLarge}), so a page is answered with a page.
 */
final class BodiesFirst extends Handler.Wrapper {

    /** How long a body may take to start coming in (and a small one to come in whole). */
    static final Duration GRACE = Duration.ofSeconds(10);

    /** After the grace, the slowest a body may come in, on average: 10 MB takes under three hours. */
    static final long MIN_BYTES_PER_SECOND = 1024;

    /** The largest body read to its end only to be refused; a larger one is refused before a byte is read. */
    static final long MAX_READ_TO_REFUSE = 4 * WebServer.MAX_BODY_BYTES;

    /** Marks a request whose body was read to its end and let go, too large to take. */
    private static final String TOO_LARGE = "kaizen.body-too-large";

    /**
     * Refuses a request whose body was let go: answered as the app answers, a page for a page, and
     * in the language of the person signed in on this browser.
     */
    static void refuseTooLarge(Context ctx, Auth auth) {
        if (ctx.attribute(TOO_LARGE) != null) {
            auth.signedIn(ctx);
            throw new ContentTooLargeResponse();
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean body = length > 0 || length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!body) {
            return super.handle(request, response, callback);
        }
        Reading reading = new Reading(request, response, callback, length);
        if (length > MAX_READ_TO_REFUSE) {
            // Far too large: refused before a byte is read, so it cannot be sent slowly either.
            reading.answer(HttpStatus.PAYLOAD_TOO_LARGE_413);
        } else {
            reading.start();
        }
        return true;
    }

    /** One body coming in: kept as it arrives, handed on whole, or answered when it comes too slowly. */
    private final class Reading implements Runnable {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long began = NanoTime.now();
        /** What has come so far, while it fits under the largest body taken; null once it does not. */
        private byte[] bytes;
        /** Bytes come so far, kept or not. */
        private long size;
        private boolean settled;
        private Scheduler.Task due;

        Reading(Request request, Response response, Callback callback, long length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            // A body said to be over the largest taken is let go from its first byte.
            int first = (int) (length > 0 ? Math.min(length, 8192) : 8192);
            this.bytes = length > WebServer.MAX_BODY_BYTES ? null : new byte[first];
        }

        void start() {
            check();
            run();
        }

        /** Reads all that has arrived, then asks to be called again when more does. */
        @Override
        public void run() {
            while (!isSettled()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk);
                    return;
                }
                boolean readOn = keep(chunk.getByteBuffer());
                boolean last = chunk.isLast();
                chunk.release();
                if (!readOn) {
                    answer(HttpStatus.PAYLOAD_TOO_LARGE_413);
                    return;
                }
                if (last) {
                    handOn();
                    return;
                }
            }
        }

        private synchronized boolean isSettled() {
            return settled;
        }

        private synchronized boolean isLetGo() {
            return bytes == null;
        }

        /**
         * Keeps the chunk while the body fits under the largest taken, else lets it go; whether to read on:
         * false once the body is past what is read only to be refused, or the request is settled.
         */
        private synchronized boolean keep(ByteBuffer chunk) {
            int more = chunk.remaining();
            size += more;
            if (settled || size > MAX_READ_TO_REFUSE) {
                return false;
            }
            if (bytes == null || size > WebServer.MAX_BODY_BYTES) {
                bytes = null;
            } else {
                int kept = (int) size - more;
                if (size > bytes.length) {
                    long room = Math.min(WebServer.MAX_BODY_BYTES, Math.max(size, 2L * bytes.length));
                    bytes = Arrays.copyOf(bytes, (int) room);
                }
                chunk.get(bytes, kept, more);
            }
            return true;
        }

        /** Settles the request once: true for the one caller that did. */
        private synchronized boolean settle() {
            if (settled) {
                return false;
            }
            settled = true;
            if (due != null) {
                due.cancel();
            }
            return true;
        }

        /**
         * On time while the body has come at the least rate since the grace ended: then checked again
         * at the moment what has come would no longer be enough; else answered 408.
         */
        private void check() {
            long dueAt;
            synchronized (this) {
                if (settled) {
                    return;
                }
                dueAt = GRACE.toNanos() + size * TimeUnit.SECONDS.toNanos(1) / MIN_BYTES_PER_SECOND;
                long waited = NanoTime.since(began);
                if (waited < dueAt) {
                    due = request.getComponents().getScheduler().schedule(this::check, dueAt - waited + 1,
                            TimeUnit.NANOSECONDS);
                    return;
                }
            }
            answer(HttpStatus.REQUEST_TIMEOUT_408);
        }

        /** A connection gone is gone (nobody to answer); a read that timed out is answered 408. */
        private void failed(Content.Chunk failure) {
            if (failure.isLast()) {
                if (settle()) {
                    callback.failed(failure.getFailure());
                }
            } else {
                answer(HttpStatus.REQUEST_TIMEOUT_408);
            }
        }

        /** The body is not read further, so the connection closes after the answer. */
        private void answer(int status) {
            if (settle()) {
                response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
                Response.writeError(request, response, callback, status);
            }
        }

        private void handOn() {
            if (!settle()) {
                return;
            }
            boolean letGo = isLetGo();
            ByteBuffer body = letGo ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes, 0, (int) size);
            Request whole = new WholeBody(request, body);
            if (letGo) {
                whole.setAttribute(TOO_LARGE, true);
            }
            AfterHandling after = new AfterHandling(callback);
            try {
                if (!BodiesFirst.super.handle(whole, response, after)) {
                    Response.writeError(whole, response, after, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable e) {
                Response.writeError(whole, response, after, e);
            }
            after.handled();
        }
    }

    /**
     * The request's callback, held back while the app's handler runs. Jetty holds back the end of a
     * request until its handler returns, and the servlet layer counts on it (a multipart form it
     * cannot read ends the request from inside); a request handed on after its body came in,
     * outside Jetty's own call, gets the same.
     */
    private static final class AfterHandling implements Callback {

        private final Callback callback;
        private boolean handling = true;
        private boolean ended;
        private Throwable failure;

        AfterHandling(Callback callback) {
            this.callback = callback;
        }

        @Override
        public void succeeded() {
            if (!heldBack(null)) {
                callback.succeeded();
            }
        }

        @Override
        public void failed(Throwable x) {
            if (!heldBack(x)) {
                callback.failed(x);
            }
        }

        private synchronized boolean heldBack(Throwable x) {
            if (handling) {
                ended = true;
                failure = x;
            }
            return handling;
        }

        /** The handler has returned: an end it reached meanwhile goes on now. */
        void handled() {
            boolean endedMeanwhile;
            synchronized (this) {
                handling = false;
                endedMeanwhile = ended;
            }
            if (endedMeanwhile && failure == null) {
                callback.succeeded();
            } else if (endedMeanwhile) {
                callback.failed(failure);
            }
        }

        @Override
        public InvocationType getInvocationType() {
            return callback.getInvocationType();
        }
    }

    /** The request with its body already in memory: every read answers at once. */
    private static final class WholeBody extends Request.Wrapper {

        private Content.Chunk body;

        WholeBody(Request request, ByteBuffer body) {
            super(request);
            this.body = Content.Chunk.from(body, true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = body;
            body = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public synchronized boolean consumeAvailable() {
            body = Content.Chunk.EOF;
            return true;
        }

        /**
         * A reader that gives up on the body (a multipart form that is no whole form) fails this copy
         * only: the connection has been read to its end, and its request is still answered.
         */
        @Override
        public void fail(Throwable failure) {
            fail(failure, true);
        }

        @Override
        public synchronized void fail(Throwable failure, boolean last) {
            body = Content.Chunk.from(failure, last);
        }
    }
}
