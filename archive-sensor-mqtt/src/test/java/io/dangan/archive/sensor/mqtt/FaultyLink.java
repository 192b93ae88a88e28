package io.dangan.archive.sensor.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the device and the real broker that can fail like a network: drop every connection, or go
 * silent (accept and read, but deliver nothing, so keepalives go unanswered and connects time out).
 */
final class FaultyLink implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean silent;
    private volatile boolean closed;

    FaultyLink(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "faulty-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String endpoint() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    void silence() {
        silent = true;
    }

    void restore() {
        silent = false;
    }

    void dropAll() {
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket down = server.accept();
                sockets.add(down);
                if (silent) {
                    pump(down.getInputStream(), null, down, null);
                    continue;
                }
                Socket up = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                sockets.add(up);
                pump(down.getInputStream(), up.getOutputStream(), down, up);
                pump(up.getInputStream(), down.getOutputStream(), up, down);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(InputStream in, OutputStream out, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (!silent && out != null) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // connection ended
            } finally {
                closeQuietly(a);
                if (b != null) {
                    closeQuietly(b);
                }
                sockets.remove(a);
                if (b != null) {
                    sockets.remove(b);
                }
            }
        }, "faulty-link-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        dropAll();
    }
}
