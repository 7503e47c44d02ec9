package org.pvcoder.e2b.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails the read once more than {@code limit} bytes have come through. */
final class BoundedInputStream extends FilterInputStream {

    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("the file is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(limit);
        }
    }
}
