// Connecting `migra-wasm` (the bin) to PostgreSQL as native `migra` connects: the same reading of
// connection strings (URLs, SQLAlchemy's postgresql+driver:// URLs, libpq key=value strings),
// the same PG* fallbacks, password file, sslmodes and connect_timeout, and the same one-line
// messages for the same mistakes. Each part follows its Rust original in fetcher/src, named in
// its heading; the test npm/test/cli.test.mjs runs both programs on the same bad inputs.
//
// Messages never hold a password: the connection string is never repeated whole, the parts that
// are repeated cannot hold it, and every password (given, from PGPASSWORD or the password file)
// is scrubbed from a message once more, also percent-encoded, as native does.
"use strict";

const { existsSync, readFileSync, statSync } = require("node:fs");
const { isIP } = require("node:net");
const { userInfo } = require("node:os");
const { join } = require("node:path");
const tls = require("node:tls");
const { getSystemErrorMap } = require("node:util");
const { lowerFirst } = require("./common.cjs");

/** A connection failure: a finished one-line message and a kind, as `ConnectError` (error.rs). */
class ConnectError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }

  /** The same error with every occurrence of `password` (plain or percent-encoded) replaced by `***`. */
  scrub(password) {
    this.message = scrub(this.message, password);
    return this;
  }
}

function scrub(text, password) {
  if (!password) return text;
  let out = text.split(password).join("***");
  const encoded = percentEncode(password);
  if (encoded !== password) out = out.split(encoded).join("***");
  return out;
}

function percentEncode(text) {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** One line for a terminal, as `clean` (error.rs): control characters out, whitespace runs collapsed. */
function clean(text) {
  let out = "";
  for (const c of String(text)) {
    let d = c;
    if (c === "\n" || c === "\r" || c === "\t") d = " ";
    else if (/\p{Cc}/u.test(c)) continue;
    if (d === " " && (out === "" || out.endsWith(" "))) continue;
    out += d;
  }
  return out.trimEnd();
}

const malformed = (message) => new ConnectError("MalformedUrl", clean(message));
const invalid = (message) => new ConnectError("InvalidParameter", clean(message));

// ---- Reading connection strings (conninfo.rs) -------------------------------------------------

const URL_FORM = "postgresql://user:password@host:port/dbname?param=value";

/**
 * What to do when the word after a `password=` pair does not read as a pair of its own. That word
 * is never shown: it may be the rest of a password holding a space (`password=Sup3r Secret`) or a
 * quote (`password='it's'`).
 */
const QUOTE_THE_PASSWORD = "quote a password holding spaces, password='...'";

/**
 * The same for the parameter after a URL's `password` query parameter, which may be the rest of a
 * password holding an `&` (`?password=Sup3r&Secret`).
 */
const ENCODE_THE_PASSWORD = "percent-encode special characters in the password (%26 for &, %3D for =)";

/** Whether `arg` names a database rather than a catalog file, as native `is_database` (source.rs). */
function isDatabase(arg) {
  if (arg.includes("://")) return true;
  if (!arg.includes("=")) return false;
  try {
    return !statSync(arg).isFile();
  } catch {
    return true;
  }
}

/** The keywords a URL or key=value string gives, in order, as `[key, value]` pairs. */
function parseConninfo(text) {
  const trimmed = text.trim();
  if (isUrl(trimmed)) return parseUrl(trimmed);
  if (trimmed.includes("=")) return parseKeyValues(trimmed);
  throw malformed(`cannot read connection string: give a URL like ${URL_FORM} or libpq key=value pairs`);
}

/**
 * Whether `text` is a URL rather than a key=value string: it starts with a scheme and `://`. Only
 * the start counts, as in libpq: a key=value string may hold `://` in a value (a quoted password).
 */
function isUrl(text) {
  const end = text.indexOf("://");
  return end !== -1 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(text.slice(0, end));
}

const asciiLower = (text) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

function firstOf(text, chars) {
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i])) return i;
  return text.length;
}

function splitOnce(text, separator) {
  const i = text.indexOf(separator);
  return i === -1 ? null : [text.slice(0, i), text.slice(i + separator.length)];
}

function parseUrl(url) {
  const [scheme, afterScheme] = splitOnce(url, "://");
  const dialect = scheme.split("+")[0];
  if (!["postgresql", "postgres"].includes(asciiLower(dialect))) {
    throw malformed(`unsupported URL scheme "${clean(scheme)}": use ${URL_FORM}`);
  }
  const pairs = [];
  const [userinfo, afterUserinfo] = splitUserinfo(afterScheme);
  if (userinfo !== null) {
    const [user, password] = splitOnce(userinfo, ":") ?? [userinfo, null];
    const decodedUser = decode(user, "the user name of the URL");
    if (decodedUser !== "") pairs.push(["user", decodedUser]);
    if (password !== null) {
      const decoded = decode(password, "the password of the URL");
      if (decoded !== "") pairs.push(["password", decoded]);
    }
  }
  let rest = afterUserinfo;
  const hostspecEnd = firstOf(rest, "/?");
  const [hosts, ports] = parseHostspec(rest.slice(0, hostspecEnd));
  if (hosts.some((h) => h !== "")) pairs.push(["host", hosts.join(",")]);
  if (ports.some((p) => p !== "")) pairs.push(["port", ports.join(",")]);
  rest = rest.slice(hostspecEnd);
  const [path, query] = splitOnce(rest, "?") ?? [rest, null];
  if (path.startsWith("/")) {
    const dbname = decode(path.slice(1), "the database name of the URL");
    if (dbname !== "") pairs.push(["dbname", dbname]);
  }
  let afterPassword = false;
  for (const param of (query ?? "").split("&").filter((p) => p !== "")) {
    const split = splitOnce(param, "=");
    if (split === null) {
      if (afterPassword) {
        throw malformed(`the URL query parameter after the password has no value: ${ENCODE_THE_PASSWORD}`);
      }
      throw malformed(`URL query parameter "${clean(param)}" has no value: write ${clean(param)}=value`);
    }
    const key = decode(split[0], "a URL query parameter name");
    const what = afterPassword
      ? "the value of the URL query parameter after the password"
      : `the value of URL query parameter "${key}"`;
    const value = decode(split[1], what);
    if (afterPassword && !isKeyword(key) && key !== "ssl") throw unknownAfterPassword(ENCODE_THE_PASSWORD);
    afterPassword = key === "password";
    // libpq reads the JDBC-style `ssl=true` as `sslmode=require`.
    if (key === "ssl" && value === "true") pairs.push(["sslmode", "require"]);
    else pairs.push([key, value]);
  }
  return pairs;
}

/**
 * Splits `[userinfo@]rest`: libpq's reading first (the user info ends at the last `@` before the
 * first `/` or `?`), then SQLAlchemy's, whose passwords may hold an unencoded `/` or `?`.
 */
function splitUserinfo(rest) {
  const authorityEnd = firstOf(rest, "/?");
  const authority = rest.slice(0, authorityEnd);
  const at = authority.lastIndexOf("@");
  if (at !== -1) return [rest.slice(0, at), rest.slice(at + 1)];
  if (hostspecParses(authority)) return [null, rest];
  // Not a host part: perhaps a password with special characters.
  const colon = authority.indexOf(":");
  if (colon !== -1 && !/[[\],]/.test(rest.slice(0, colon))) {
    const after = rest.indexOf("@", colon + 1);
    if (after !== -1) {
      // The host part this reading leaves must look like one: an `@` in the query is not the
      // end of a password (the rest of the query, password and all, would become a host name).
      const host = rest.slice(after + 1, after + 1 + firstOf(rest.slice(after + 1), "/?"));
      if (!/[=&]/.test(host) && hostspecParses(host)) return [rest.slice(0, after), rest.slice(after + 1)];
    }
  }
  return [null, rest];
}

function hostspecParses(spec) {
  try {
    parseHostspec(spec);
    return true;
  } catch {
    return false;
  }
}

/** Reads `host[:port][,host[:port]...]`; one host and one port (possibly empty) per entry. */
function parseHostspec(spec) {
  const hosts = [];
  const ports = [];
  if (spec === "") return [hosts, ports];
  for (const entry of spec.split(",")) {
    let host;
    let port;
    if (entry.startsWith("[")) {
      const bracketed = entry.slice(1);
      const split = splitOnce(bracketed, "]");
      if (split === null) {
        throw malformed(`unterminated IPv6 address in the host part of the URL: write [${clean(bracketed)}]`);
      }
      host = split[0];
      if (split[1] === "") port = "";
      else if (split[1].startsWith(":")) port = split[1].slice(1);
      else throw malformed("unexpected text after an IPv6 address in the URL: write [address]:port");
    } else {
      const [name, rawPort] = splitOnce(entry, ":") ?? [entry, ""];
      host = decode(name, "the host of the URL");
      port = rawPort;
    }
    if (port !== "" && !/^[0-9]+$/.test(port)) {
      // The text may be part of a password with an unencoded special character: not repeated.
      throw malformed(
        "invalid port in the URL: a port is a number; percent-encode special characters in the user name and password (%2F for /, %40 for @, %3A for :)",
      );
    }
    hosts.push(host);
    ports.push(port);
  }
  return [hosts, ports];
}

/** Percent-decodes `text`, which is `what` (for the message); `+` stays `+`, as in libpq. */
function decode(text, what) {
  const bytes = Buffer.from(text, "utf8");
  const out = [];
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] === 0x25) {
      const hex = bytes.subarray(i + 1, i + 3).toString("latin1");
      // As Rust's u8::from_str_radix: two characters, an optional leading +.
      if (hex.length !== 2 || !/^\+?[0-9A-Fa-f]+$/.test(hex)) {
        throw malformed(`invalid percent-encoding in ${what}: % must be followed by two hex digits (write %25 for %)`);
      }
      const byte = Number.parseInt(hex, 16);
      if (byte === 0) throw malformed(`forbidden %00 in ${what}`);
      out.push(byte);
      i += 3;
    } else {
      out.push(bytes[i]);
      i += 1;
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Uint8Array.from(out));
  } catch {
    throw malformed(`percent-encoding in ${what} does not decode to UTF-8`);
  }
}

/** Reads libpq's `key=value key2='quoted value'` form; a backslash escapes the next character. */
function parseKeyValues(text) {
  const pairs = [];
  const chars = [...text];
  let i = 0;
  const space = (c) => c !== undefined && /\s/u.test(c);
  for (;;) {
    while (space(chars[i])) i++;
    if (i >= chars.length) return pairs;
    // The word after a `password=` pair is never shown (QUOTE_THE_PASSWORD).
    const afterPassword = pairs.length > 0 && pairs[pairs.length - 1][0] === "password";
    let key = "";
    while (i < chars.length && chars[i] !== "=" && !space(chars[i])) key += chars[i++];
    while (space(chars[i])) i++;
    if (chars[i++] !== "=") {
      if (afterPassword) {
        throw malformed(
          `missing "=" after the word following the password in the connection string: ${QUOTE_THE_PASSWORD}`,
        );
      }
      throw malformed(`missing "=" after "${clean(key)}" in the connection string: write ${clean(key)}=value`);
    }
    while (space(chars[i])) i++;
    let value = "";
    if (chars[i] === "'") {
      i++;
      for (;;) {
        if (i >= chars.length && afterPassword) {
          throw malformed(
            `unterminated quoted value after the password in the connection string: ${QUOTE_THE_PASSWORD}, and close a quoted value with '`,
          );
        }
        if (i >= chars.length) {
          throw malformed(`unterminated quoted value for "${clean(key)}" in the connection string: close it with '`);
        }
        const c = chars[i++];
        if (c === "'") break;
        if (c === "\\") {
          if (i < chars.length) value += chars[i++];
        } else value += c;
      }
    } else {
      while (i < chars.length && !space(chars[i])) {
        const c = chars[i++];
        if (c === "\\") {
          if (i < chars.length) value += chars[i++];
        } else value += c;
      }
    }
    if (afterPassword && !isKeyword(key)) throw unknownAfterPassword(QUOTE_THE_PASSWORD);
    pairs.push([key, value]);
  }
}

/**
 * The parameter after the password is no keyword: a misspelt one, or the rest of a password that
 * needed quoting or encoding, so it is not named.
 */
function unknownAfterPassword(advice) {
  return invalid(
    `unknown connection parameter after the password: check its spelling against libpq's parameter keywords, or ${advice}`,
  );
}

// ---- Fallbacks and defaults (params.rs) -------------------------------------------------------

/** The keywords honoured, each with the environment variable it falls back to. */
const KEYWORDS = new Map([
  ["host", "PGHOST"],
  ["hostaddr", "PGHOSTADDR"],
  ["port", "PGPORT"],
  ["dbname", "PGDATABASE"],
  ["user", "PGUSER"],
  ["password", "PGPASSWORD"],
  ["passfile", "PGPASSFILE"],
  ["sslmode", "PGSSLMODE"],
  ["sslrootcert", "PGSSLROOTCERT"],
  ["sslcert", "PGSSLCERT"],
  ["sslkey", "PGSSLKEY"],
  ["sslnegotiation", "PGSSLNEGOTIATION"],
  ["application_name", "PGAPPNAME"],
  ["fallback_application_name", null],
  ["connect_timeout", "PGCONNECT_TIMEOUT"],
  ["options", "PGOPTIONS"],
  ["target_session_attrs", "PGTARGETSESSIONATTRS"],
  ["channel_binding", "PGCHANNELBINDING"],
  ["client_encoding", "PGCLIENTENCODING"],
]);

/** libpq keywords accepted and ignored (GSSAPI, keepalives, certificate revocation, ...). */
const IGNORED = new Set([
  "gssencmode",
  "gsslib",
  "gssdelegation",
  "krbsrvname",
  "keepalives",
  "keepalives_idle",
  "keepalives_interval",
  "keepalives_count",
  "tcp_user_timeout",
  "sslcompression",
  "sslsni",
  "sslpassword",
  "sslcrl",
  "sslcrldir",
  "sslcertmode",
  "ssl_min_protocol_version",
  "ssl_max_protocol_version",
  "requirepeer",
  "load_balance_hosts",
]);

/** libpq keywords this client cannot honour; naming one is an error rather than a surprise. */
const UNSUPPORTED = new Map([
  ["service", "connection service files (pg_service.conf) are not supported: give the parameters directly"],
  ["replication", "replication connections are not supported: remove the replication parameter"],
  ["require_auth", "require_auth is not supported: remove it"],
]);

/** Whether `key` is a libpq keyword: one honoured, ignored or refused here. */
function isKeyword(key) {
  return KEYWORDS.has(key) || IGNORED.has(key) || UNSUPPORTED.has(key);
}

const SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

/** The socket directories tried when no host is given (and that a `localhost` password line covers). */
const DEFAULT_SOCKET_DIRS = ["/var/run/postgresql", "/tmp"];

/**
 * The environment a connection falls back on, read now: the PG* variables, HOME and the
 * operating system's user name (the password database's, else USER).
 */
function processEnv() {
  const vars = {};
  for (const name of [...KEYWORDS.values(), "HOME", "USER"]) {
    if (name !== null && process.env[name] !== undefined) vars[name] = process.env[name];
  }
  let osUser = null;
  try {
    osUser = userInfo().username;
  } catch {
    osUser = vars.USER ?? null;
  }
  return { vars, osUser };
}

/**
 * Everything needed to connect, from a connection string and the environment `env`
 * (`processEnv()`), as `ConnectParams::resolve` decides it. Throws a `ConnectError`.
 */
function resolve(conninfo, env = processEnv()) {
  const pairs = parseConninfo(conninfo);
  const given = pairs.filter(([key]) => key === "password").map(([, value]) => value);
  try {
    return resolvePairs(pairs, env);
  } catch (e) {
    throw given.reduce((error, password) => (error instanceof ConnectError ? error.scrub(password) : error), e);
  }
}

function resolvePairs(pairs, env) {
  const given = new Map();
  for (const [key, value] of pairs) {
    if (UNSUPPORTED.has(key)) throw invalid(UNSUPPORTED.get(key));
    if (!KEYWORDS.has(key) && !IGNORED.has(key)) {
      throw invalid(
        `unknown connection parameter "${key}": check its spelling against libpq's parameter keywords, or remove it`,
      );
    }
    given.set(key, value);
  }
  const setting = (key) => {
    if (given.has(key)) return { value: given.get(key), origin: `${key}=` };
    const variable = KEYWORDS.get(key);
    if (!variable || env.vars[variable] === undefined) return null;
    return { value: env.vars[variable], origin: variable };
  };
  const value = (key) => {
    const s = setting(key);
    return s === null || s.value === "" ? null : s.value;
  };
  const homeFile = (relative) => (env.vars.HOME ? join(env.vars.HOME, relative) : null);

  const user = value("user") ?? env.osUser;
  if (!user) {
    throw new ConnectError(
      "NoUser",
      "cannot tell which user to connect as: give one in the URL (postgresql://user@host/db) or set PGUSER",
    );
  }
  const dbname = value("dbname") ?? user;
  const password = value("password");
  const passfile = value("passfile") ?? homeFile(".pgpass");
  const rootcertSetting = value("sslrootcert");
  const sslrootcert =
    rootcertSetting === "system"
      ? { system: true }
      : rootcertSetting !== null
        ? { file: rootcertSetting }
        : homeFile(".postgresql/root.crt") !== null
          ? { file: homeFile(".postgresql/root.crt") }
          : null;
  const modeSetting = setting("sslmode");
  let sslmode;
  if (modeSetting !== null && modeSetting.value !== "") {
    sslmode = modeSetting.value;
    if (!SSL_MODES.includes(sslmode)) {
      throw new ConnectError(
        "UnknownSslMode",
        clean(`unknown sslmode "${sslmode}": use disable, allow, prefer, require, verify-ca or verify-full`),
      );
    }
  } else sslmode = sslrootcert?.system ? "verify-full" : "prefer";
  const cert = value("sslcert") ?? homeFile(".postgresql/postgresql.crt");
  const key = value("sslkey") ?? homeFile(".postgresql/postgresql.key");
  // libpq presents a client certificate only when its file exists.
  const clientCert = cert !== null && key !== null && existsSync(cert) ? { cert, key } : null;
  const negotiation = value("sslnegotiation");
  if (negotiation !== null && negotiation !== "postgres" && negotiation !== "direct") {
    throw invalid(`unknown sslnegotiation "${negotiation}": use postgres or direct`);
  }
  const connectTimeout = connectTimeoutSeconds(setting("connect_timeout"));
  const attrs = value("target_session_attrs") ?? "any";
  if (!["any", "read-write", "read-only"].includes(attrs)) {
    throw invalid(`target_session_attrs "${attrs}" is not supported: use any, read-write or read-only`);
  }
  const channelBinding = value("channel_binding") ?? "prefer";
  if (!["disable", "prefer", "require"].includes(channelBinding)) {
    throw invalid(`unknown channel_binding "${channelBinding}": use disable, prefer or require`);
  }
  const encoding = value("client_encoding");
  if (encoding !== null && !["utf8", "utf-8", "unicode", "auto"].includes(asciiLower(encoding))) {
    throw invalid(`client_encoding "${encoding}" is not supported: migra-rs always reads UTF8; remove it`);
  }
  const list = targets(setting("host"), setting("hostaddr"), setting("port"));
  for (const target of list) {
    const host = target.socket ?? target.host;
    target.password = password ?? (passfile === null ? null : pgpassLookup(passfile, host, target.port, dbname, user));
  }
  return {
    targets: list,
    user,
    dbname,
    password,
    passfile,
    sslmode,
    sslrootcert,
    clientCert,
    directTls: negotiation === "direct",
    applicationName: value("application_name") ?? value("fallback_application_name"),
    options: value("options"),
    connectTimeout,
    targetSessionAttrs: attrs,
    channelBinding,
  };
}

/** `connect_timeout` in seconds, or null for none: as libpq, zero or less waits forever, 1 s is 2 s. */
function connectTimeoutSeconds(s) {
  if (s === null || s.value === "") return null;
  const text = s.value.trim();
  // Rust's i64 parsing: an optional sign, digits, within 64 bits.
  if (/^[+-]?[0-9]+$/.test(text)) {
    const secs = BigInt(text);
    if (secs >= -(2n ** 63n) && secs < 2n ** 63n) return secs <= 0n ? null : Number(secs < 2n ? 2n : secs);
  }
  throw invalid(`invalid connect_timeout "${s.value}" (${s.origin}): give a whole number of seconds`);
}

/** libpq's host, hostaddr and port lists, paired up; an empty host means the default socket directories. */
function targets(host, hostaddr, port) {
  const split = (s) => (s !== null && s.value !== "" ? s.value.split(",").map((v) => v.trim()) : []);
  const hosts = split(host);
  const addrs = split(hostaddr).map((a) => {
    if (a === "") return null;
    if (isIP(a) === 0 || a.includes("%")) {
      throw invalid(`invalid hostaddr "${a}" (${hostaddr.origin}): hostaddr takes IP addresses; use host for names`);
    }
    return a;
  });
  const count = Math.max(hosts.length, addrs.length, 1);
  if (hosts.length > 0 && addrs.length > 0 && hosts.length !== addrs.length) {
    throw invalid(`${hosts.length} hosts but ${addrs.length} hostaddrs: give one hostaddr per host`);
  }
  const portOrigin = port === null ? "" : port.origin;
  const ports = split(port).map((p) => {
    if (p === "") return 5432;
    // Rust's u16 parsing: an optional +, digits; 0 is no port.
    const n = /^\+?[0-9]+$/.test(p) ? Number(p.replace(/^\+/, "")) : Number.NaN;
    if (!(n >= 1 && n <= 65535)) throw invalid(`invalid port "${p}" (${portOrigin}): give a number from 1 to 65535`);
    return n;
  });
  if (ports.length > 1 && ports.length !== count) {
    throw invalid(`${ports.length} ports for ${count} hosts: give one port, or one per host`);
  }
  const list = [];
  for (let i = 0; i < count; i++) {
    const targetPort = ports[i] ?? ports[0] ?? 5432;
    const addr = addrs[i] ?? null;
    const name = hosts[i] ?? "";
    const target = (fields) => ({ host: null, socket: null, hostaddr: addr, port: targetPort, ...fields });
    if (name === "" && addr !== null) list.push(target({ host: addr }));
    else if (name === "") for (const dir of DEFAULT_SOCKET_DIRS) list.push(target({ socket: dir }));
    else if (name.startsWith("/")) list.push(target({ socket: name }));
    else list.push(target({ host: name }));
  }
  return list;
}

/** A target for messages: `"db.example.com", port 5432` or `socket "/tmp/.s.PGSQL.5432"`. */
function describeTarget(target) {
  if (target.socket !== null) return `socket "${join(target.socket, `.s.PGSQL.${target.port}`)}"`;
  if (target.hostaddr !== null && target.host !== target.hostaddr) {
    return `"${target.host}" (${target.hostaddr}), port ${target.port}`;
  }
  return `"${target.host}", port ${target.port}`;
}

// ---- The password file (pgpass.rs) ------------------------------------------------------------

/** The password file's password for a connection, if it has one; a file others may read is ignored, as libpq does. */
function pgpassLookup(path, host, port, dbname, user) {
  let text;
  try {
    if (ignoredBecause(path) !== null) return null;
    text = readFileSync(path).toString("utf8");
  } catch {
    return null;
  }
  const name = host === "" || DEFAULT_SOCKET_DIRS.includes(host) ? "localhost" : host;
  for (let line of text.split("\n")) {
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line === "" || line.startsWith("#")) continue;
    let rest = line;
    for (const token of [name, String(port), dbname, user]) {
      rest = matchesField(rest, token);
      if (rest === null) break;
    }
    if (rest !== null) return unescapePassword(rest);
  }
  return null;
}

/** Why the password file is skipped although it exists, or null (also when it does not exist). */
function ignoredBecause(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return null;
  }
  if (!stat.isFile()) return "it is not a regular file";
  if ((stat.mode & 0o077) !== 0) return "its group or others may access it; chmod 600 it";
  return null;
}

/** libpq's `pwdfMatchesString`: if the field at the start of `line` matches `token`, the text after its `:`. */
function matchesField(line, token) {
  if (line.startsWith("*:")) return line.slice(2);
  const chars = [...line];
  const want = [...token];
  let t = 0;
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i];
    let escaped = false;
    if (c === "\\") {
      if (i + 1 >= chars.length) return null;
      c = chars[++i];
      escaped = true;
    }
    if (c === ":" && !escaped) return t === want.length ? chars.slice(i + 1).join("") : null;
    if (want[t++] !== c) return null;
  }
  return null;
}

/** The password field: up to the first unescaped `:`, backslashes removed. */
function unescapePassword(field) {
  let out = "";
  const chars = [...field];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === ":") break;
    if (c === "\\") out += i + 1 < chars.length ? chars[++i] : "\\";
    else out += c;
  }
  return out;
}

// ---- TLS (tls.rs) -----------------------------------------------------------------------------

/** How the server's certificate is checked for `mode`, libpq's way: null (not at all), or `{ full, root }`. */
function verification(mode, rootcert) {
  const existingFile = rootcert?.file !== undefined && existsSync(rootcert.file) ? rootcert : null;
  if (mode === "disable") return null;
  if (mode === "allow" || mode === "prefer" || mode === "require") {
    if (rootcert?.system) throw weakWithSystem(mode);
    // libpq: "if a root CA file exists, require behaves like verify-ca" (prefer too).
    return existingFile === null ? null : { full: false, root: existingFile };
  }
  let root;
  if (rootcert?.system && mode === "verify-ca") throw weakWithSystem(mode);
  if (rootcert?.system) root = rootcert;
  else if (existingFile !== null) root = existingFile;
  else throw missingRoot(mode, rootcert?.file ?? "~/.postgresql/root.crt");
  return { full: mode === "verify-full", root };
}

function weakWithSystem(mode) {
  return invalid(`sslmode=${mode} cannot be used with sslrootcert=system: use sslmode=verify-full`);
}

function missingRoot(mode, path) {
  return new ConnectError(
    "Tls",
    `root certificate file "${path}" does not exist, and sslmode=${mode} needs one to check the server: give one with sslrootcert=FILE, trust the system's roots with sslrootcert=system, or use sslmode=require`,
  );
}

/** Node's TLS options for `verify` (`verification()`), presenting `client`; reads the files now. */
function tlsOptions(verify, client, direct) {
  const options = { rejectUnauthorized: verify !== null };
  if (verify !== null && !verify.full) options.checkServerIdentity = () => undefined;
  if (verify?.root.file !== undefined) options.ca = readRoots(verify.root.file);
  if (client !== null) {
    const read = (path, what) => {
      try {
        return readFileSync(path);
      } catch (e) {
        throw new ConnectError("Tls", `cannot read client ${what} file "${path}": ${describeIo(e)}; check ssl${what}`);
      }
    };
    options.cert = read(client.cert, "cert");
    options.key = read(client.key, "key");
    try {
      tls.createSecureContext({ cert: options.cert, key: options.key });
    } catch (e) {
      throw new ConnectError(
        "Tls",
        clean(
          `cannot use client certificate "${client.cert}" with key "${client.key}": ${lowerFirst(e.message)}; both must be PEM files`,
        ),
      );
    }
  }
  if (direct) options.ALPNProtocols = ["postgresql"];
  return options;
}

function readRoots(path) {
  let pem;
  try {
    pem = readFileSync(path, "latin1");
  } catch (e) {
    throw new ConnectError("Tls", `cannot read root certificate file "${path}": ${describeIo(e)}; check sslrootcert`);
  }
  const certs = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (certs.length === 0) {
    throw new ConnectError("Tls", `root certificate file "${path}" holds no certificate: sslrootcert needs a PEM file`);
  }
  return certs;
}

// ---- Connecting (connect.rs) ------------------------------------------------------------------

/** Thrown from pg's password callback when the server asks for a password none was given for. */
const PASSWORD_MISSING = new Error("password missing");

/**
 * Connects with `pg` (the module) to the database `params` (`resolve()`) names: each target in
 * turn until one answers, as native does; a target that does not answer is skipped, any other
 * failure stops here. Resolves to a connected `pg.Client`; rejects with a `ConnectError`.
 */
async function connect(params, pg) {
  const passwords = [params.password, ...params.targets.map((t) => t.password)].filter((p) => p);
  const scrubAll = (e) => passwords.reduce((error, password) => error.scrub(password), e);
  const usesTls = params.sslmode !== "disable" && params.targets.some((t) => t.socket === null);
  let tlsBase = null;
  try {
    if (usesTls)
      tlsBase = tlsOptions(verification(params.sslmode, params.sslrootcert), params.clientCert, params.directTls);
  } catch (e) {
    throw e instanceof ConnectError ? scrubAll(e) : e;
  }
  const unreachable = [];
  // With allow and prefer, libpq tries again without TLS when the TLS attempt fails.
  const plainFallback = params.sslmode === "allow" || params.sslmode === "prefer";
  for (const target of params.targets) {
    let result = await attempt(params, target, tlsBase, pg, false);
    if (result.error !== undefined && plainFallback) {
      const failure = classify(params, target, result);
      if (failure.fatal?.kind === "Tls") result = await attempt(params, target, tlsBase, pg, true);
    }
    if (result.client !== undefined) return result.client;
    const failure = classify(params, target, result);
    if (failure.fatal) throw scrubAll(failure.fatal);
    unreachable.push([target, failure.unreachable]);
  }
  throw scrubAll(cannotConnect(unreachable));
}

/**
 * One connection attempt. With a connect_timeout the whole attempt (TCP, TLS, start-up,
 * authentication) is bounded, as in libpq; `plain` turns TLS off.
 */
async function attempt(params, target, tlsBase, pg, plain) {
  const useTls = target.socket === null && !plain && params.sslmode !== "disable";
  let ssl = false;
  if (useTls) {
    ssl = { ...tlsBase };
    // With hostaddr the connection goes to the address; the certificate is still checked
    // against the host name.
    if (target.hostaddr !== null && target.host !== target.hostaddr && isIP(target.host) === 0) {
      ssl.servername = target.host;
      if (tlsBase.checkServerIdentity === undefined) {
        ssl.checkServerIdentity = (_, cert) => tls.checkServerIdentity(target.host, cert);
      }
    }
  }
  const client = new pg.Client({
    host: target.socket ?? target.hostaddr ?? target.host,
    port: target.port,
    user: params.user,
    database: params.dbname,
    password: () => {
      if (target.password === null) throw PASSWORD_MISSING;
      return target.password;
    },
    application_name: params.applicationName ?? undefined,
    options: params.options ?? undefined,
    ssl,
    sslnegotiation: useTls && params.directTls ? "direct" : undefined,
    enableChannelBinding: params.channelBinding !== "disable",
    connectionTimeoutMillis: params.connectTimeout === null ? 0 : Math.min(params.connectTimeout * 1000, 2147483647),
  });
  // A failed or finished client may still emit errors; the attempt's outcome says it all.
  client.on("error", () => {});
  // What native tells apart by tokio-postgres's errors, pg reports alike ("Connection terminated
  // unexpectedly", a socket error): whether the TLS handshake was under way, whether the server
  // hung up before answering the SSLRequest, or in the middle of a message.
  const seen = { tls: useTls, handshake: false, secure: false, raw: 0, received: 0, parsed: 0 };
  const connection = client.connection;
  connection.stream.on("data", (data) => {
    seen.raw += data.length;
  });
  const attachListeners = connection.attachListeners.bind(connection);
  connection.attachListeners = (stream) => {
    stream.on("data", (data) => {
      seen.received += data.length;
    });
    return attachListeners(stream);
  };
  connection.on("message", (message) => {
    seen.parsed += message.length + 1;
  });
  connection.once("sslconnect", () => {
    seen.handshake = true;
    connection.stream.once("secureConnect", () => {
      seen.secure = true;
    });
  });
  try {
    await client.connect();
  } catch (error) {
    return { error, seen };
  }
  if (params.targetSessionAttrs !== "any") {
    // As tokio-postgres: a server of the wrong kind is skipped like one that does not answer.
    let readOnly;
    try {
      readOnly = (await client.query("SHOW transaction_read_only")).rows[0]?.transaction_read_only;
    } catch (error) {
      await client.end().catch(() => {});
      return { error };
    }
    if ((params.targetSessionAttrs === "read-write") === (readOnly === "on")) {
      await client.end().catch(() => {});
      return { error: Object.assign(new Error("database does not allow writes"), { code: "EACCES" }) };
    }
  }
  return { client };
}

/** SQLSTATEs of a failed login. */
const INVALID_PASSWORD = "28P01";
const INVALID_AUTHORIZATION = "28000";
const INVALID_CATALOG_NAME = "3D000";

/** A failed attempt as native words it: `{ unreachable: reason }` (try the next target) or `{ fatal: ConnectError }`. */
function classify(params, target, { error, seen }) {
  const at = describeTarget(target);
  const user = params.user;
  const fatal = (kind, message) => ({ fatal: new ConnectError(kind, clean(message)) });
  if (error === PASSWORD_MISSING) {
    let file = "~/.pgpass";
    if (params.passfile !== null) {
      const why = ignoredBecause(params.passfile);
      file = why === null ? `"${params.passfile}"` : `"${params.passfile}" (now ignored: ${why})`;
    }
    return fatal(
      "AuthenticationFailed",
      `the server at ${at} asks for a password for user "${user}" and none was given: put it in the URL (postgresql://user:password@host/db), set PGPASSWORD, or add it to ${file}`,
    );
  }
  // A server's ErrorResponse: pg's DatabaseError carries its SQLSTATE and severity.
  if (typeof error?.severity === "string" && typeof error.code === "string") {
    const said = lowerFirst(String(error.message));
    if (error.code === INVALID_PASSWORD || error.code === INVALID_AUTHORIZATION) {
      return fatal(
        "AuthenticationFailed",
        `authentication failed for user "${user}" at ${at}: ${said}; check the user name and password (URL, PGPASSWORD or the password file) and the server's pg_hba.conf`,
      );
    }
    if (error.code === INVALID_CATALOG_NAME) {
      return fatal(
        "DatabaseDoesNotExist",
        `database "${params.dbname}" does not exist at ${at}: create it, or name another database in the URL (postgresql://host/dbname) or PGDATABASE`,
      );
    }
    return fatal("Rejected", `the server at ${at} refused the connection: ${said}`);
  }
  const message = String(error?.message ?? error);
  if (message === "timeout expired" && params.connectTimeout !== null) return { unreachable: timedOut(params) };
  if (message === "The server does not support SSL connections") {
    return fatal(
      "Tls",
      `the server at ${at} does not support TLS, which sslmode=${params.sslmode} requires: turn ssl on in the server, or use sslmode=prefer or sslmode=disable`,
    );
  }
  if (seen?.handshake && !seen.secure) return fatal("Tls", tlsFailure(params, target, error));
  if (message === "Connection terminated unexpectedly" && seen !== undefined) {
    if (seen.tls && seen.raw === 0) return { unreachable: "the server closed the connection unexpectedly" };
    if (seen.received > seen.parsed) return { unreachable: "the connection was closed in the middle of a message" };
    // The server hung up between messages: tokio-postgres says "connection closed".
    return fatal("Rejected", `cannot connect to ${at}: connection closed`);
  }
  if (typeof error?.code === "string" && IO_CODE.test(error.code)) return { unreachable: describeIo(error) };
  if (message.startsWith("SASL: ")) {
    return fatal("AuthenticationFailed", `authentication failed for user "${user}" at ${at}: ${lowerFirst(message)}`);
  }
  return fatal("Rejected", `cannot connect to ${at}: ${lowerFirst(message)}`);
}

/** Error codes of OpenSSL's certificate verification, as Node reports a rejected certificate. */
const VERIFY_CODE = /^(UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO|CERT_|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH)/;
/** System error codes (errno names, and getaddrinfo's). */
const IO_CODE = /^(E[A-Z0-9]+|EAI_[A-Z]+)$/;

/** A failed TLS handshake in words; certificate rejections say which check failed and how to satisfy it. */
function tlsFailure(params, target, error) {
  const at = describeTarget(target);
  const mode = params.sslmode;
  // OpenSSL's verify result, in the words native's OpenSSL puts in brackets. Node checks the name
  // itself, and says "unable to verify the first certificate" where OpenSSL's verification, with
  // the issuer of the server's only certificate missing, says it cannot find that issuer.
  let reason = String(error?.message);
  if (error?.code === "ERR_TLS_CERT_ALTNAME_INVALID" && isIP(target.host ?? "") !== 0) reason = "IP address mismatch";
  else if (error?.code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE") reason = "unable to get local issuer certificate";
  else if (error?.code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return `the certificate of the server at ${at} does not name "${target.host ?? ""}" (sslmode=${mode}): connect with a host name the certificate lists, or use sslmode=verify-ca`;
  } else if (!VERIFY_CODE.test(String(error?.code))) {
    // A server that hangs up mid-handshake is "unexpected EOF" to OpenSSL, a reset to Node.
    const eof = error?.code === "ECONNRESET" && /before secure TLS connection/.test(String(error.message));
    const cause = eof
      ? "unexpected EOF"
      : error?.code && IO_CODE.test(error.code)
        ? describeIo(error)
        : lowerFirst(String(error?.message));
    return `TLS handshake with ${at} failed (sslmode=${mode}): ${cause}; check sslmode and sslrootcert`;
  }
  const root = params.sslrootcert;
  const roots =
    root?.file !== undefined
      ? `the root certificate file "${root.file}"`
      : root?.system
        ? "the system's trusted roots"
        : "the trusted roots";
  const note =
    mode === "verify-ca" || mode === "verify-full"
      ? ""
      : `; with a root certificate file present, sslmode=${mode} checks the chain as verify-ca does`;
  return `the certificate of the server at ${at} is not signed by ${roots} (${reason}, sslmode=${mode}): give the certificate of the CA that signed it with sslrootcert=FILE${note}`;
}

function timedOut(params) {
  return params.connectTimeout === null ? "timed out" : `no answer within connect_timeout=${params.connectTimeout}`;
}

const UNRESOLVED = "cannot resolve the host name";

function cannotConnect(unreachable) {
  if (unreachable.length === 0) return new ConnectError("CannotConnect", "cannot connect: no host to connect to");
  if (unreachable.length === 1) {
    const [[target, reason]] = unreachable;
    const tcp = target.socket === null;
    const check = !tcp
      ? "check that the server is running locally and listens on that socket"
      : reason.startsWith(UNRESOLVED)
        ? "check the host name"
        : "check that the server is running there and accepts TCP/IP connections";
    const where = tcp ? `at ${describeTarget(target)}` : `on ${describeTarget(target)}`;
    return new ConnectError("CannotConnect", clean(`cannot connect to the server ${where}: ${reason}; ${check}`));
  }
  const tried = unreachable.map(([target, reason]) => `${describeTarget(target)}: ${reason}`);
  return new ConnectError(
    "CannotConnect",
    clean(
      `cannot connect to the server: ${tried.join("; ")}; check that it is running and that the host and port (URL, PGHOST, PGPORT) are right`,
    ),
  );
}

/** The strerror(3) text of the system errors a connection meets, lowercased, as native shows them. */
const SYSTEM_ERRORS = {
  ECONNREFUSED: "connection refused",
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ETIMEDOUT: "timed out",
  ECONNRESET: "connection reset by the server",
  EPIPE: "broken pipe",
  EISDIR: "is a directory",
  ENOTDIR: "not a directory",
  EHOSTUNREACH: "no route to host",
  ENETUNREACH: "network is unreachable",
  EHOSTDOWN: "host is down",
  ENETDOWN: "network is down",
  EADDRNOTAVAIL: "cannot assign requested address",
  ECONNABORTED: "software caused connection abort",
  ENAMETOOLONG: "file name too long",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
  // getaddrinfo(3): Node reports EAI_NONAME and EAI_NODATA both as ENOTFOUND.
  ENOTFOUND: `${UNRESOLVED}: name or service not known`,
  EAI_AGAIN: `${UNRESOLVED}: temporary failure in name resolution`,
  EAI_FAIL: `${UNRESOLVED}: non-recoverable failure in name resolution`,
};

/** An I/O error in words, as native's `describe_io` (connect.rs). */
function describeIo(error) {
  const known = SYSTEM_ERRORS[error.code];
  if (known !== undefined) return known;
  // Otherwise libuv's words for the error, which are close to strerror's.
  for (const [name, words] of getSystemErrorMap().values()) if (name === error.code) return lowerFirst(words);
  return lowerFirst(String(error.message));
}

/** Where a resolved connection goes, for messages that must not repeat the connection string. */
function describeParams(params) {
  return `"${params.dbname}" at ${params.targets.map(describeTarget).join(" or ")}`;
}

module.exports = { ConnectError, clean, connect, describeIo, describeParams, isDatabase, processEnv, resolve, scrub };
