// Certificates for TLS tests, made with the `openssl` command as tests/src/tls.rs makes them: a
// self-signed CA and a server certificate it signed, valid for the host name `localhost` only
// (not for `127.0.0.1`), so one server shows both a passing and a failing sslmode=verify-full.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

function openssl(args) {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** Generates a CA named `caName` and a server certificate for `localhost` in `dir`; returns the paths and texts. */
export function tlsFiles(dir, caName) {
  const path = (name) => join(dir, `${caName}-${name}`);
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  writeFileSync(
    path("server.ext"),
    "subjectAltName=DNS:localhost\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
  );
  openssl([
    "req",
    "-x509",
    ...ec,
    "-days",
    "30",
    "-subj",
    `/CN=${caName}`,
    "-keyout",
    path("ca.key"),
    "-out",
    path("ca.crt"),
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  openssl(["req", ...ec, "-subj", "/CN=localhost", "-keyout", path("server.key"), "-out", path("server.csr")]);
  openssl([
    "x509",
    "-req",
    "-days",
    "30",
    "-set_serial",
    "2",
    "-in",
    path("server.csr"),
    "-CA",
    path("ca.crt"),
    "-CAkey",
    path("ca.key"),
    "-extfile",
    path("server.ext"),
    "-out",
    path("server.crt"),
  ]);
  return {
    caCert: path("ca.crt"),
    serverCert: readFileSync(path("server.crt"), "utf8"),
    serverKey: readFileSync(path("server.key"), "utf8"),
  };
}
