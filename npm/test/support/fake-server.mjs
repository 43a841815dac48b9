// Fake PostgreSQL servers on 127.0.0.1 that fail in one way each, for the command-line tests: they
// speak just enough of the protocol (an SSLRequest answered with one byte, a startup message
// read) to give the client one reply, then hang up. Real servers are the clusters' job.
import { createServer } from "node:net";

const SSL_REQUEST = 80877103;

/**
 * Starts a server; `reply` is what it sends after the startup message (bytes; empty: hang up at
 * once), `ssl` the byte it answers an SSLRequest with (`"N"`; `"S"` and then hang up; null to
 * hang up instead), and
 * `silent: true` makes it accept connections and never say anything. Resolves to
 * `{ port, close() }`. Every connection is served alike, so a client may try again (without TLS).
 */
export function fakeServer({ reply = Buffer.alloc(0), ssl = "N", silent = false } = {}) {
  const sockets = new Set();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    if (silent) return;
    let buffer = Buffer.alloc(0);
    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      while (buffer.length >= 4 && buffer.length >= buffer.readUInt32BE(0)) {
        const length = buffer.readUInt32BE(0);
        const code = length >= 8 ? buffer.readUInt32BE(4) : 0;
        buffer = buffer.subarray(length);
        if (code === SSL_REQUEST) {
          if (ssl === null) {
            socket.destroy();
            return;
          }
          // "S": yes, then hang up instead of a TLS handshake.
          if (ssl === "S") {
            socket.end(ssl);
            return;
          }
          socket.write(ssl);
          continue;
        }
        socket.end(reply);
        return;
      }
    });
  });
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}

/** A backend message: its type byte, its length, its body. */
function message(type, body) {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeUInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/** An ErrorResponse with this SQLSTATE and message, as a server refusing a login sends it. */
export function errorResponse(sqlstate, text) {
  const fields = [
    ["S", "FATAL"],
    ["V", "FATAL"],
    ["C", sqlstate],
    ["M", text],
  ];
  const body = Buffer.concat([
    ...fields.map(([key, value]) => Buffer.from(`${key}${value}\0`, "utf8")),
    Buffer.from([0]),
  ]);
  return message("E", body);
}

/** AuthenticationCleartextPassword: the server asks for a password. */
export function askPassword() {
  const body = Buffer.alloc(4);
  body.writeUInt32BE(3, 0);
  return message("R", body);
}
