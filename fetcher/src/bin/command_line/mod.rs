//! Parsing the command line of both binaries. clap's own `parse()` exits 2 with a usage block on
//! a bad argument, but 2 is `migra`'s "a migration was printed", and both binaries promise one
//! line on stderr for any error: a usage error is reported as any other error, with exit 1.

use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::Parser;

/// The parsed command line, or the exit code to end with after clap's help or version text
/// (exit 0) or a one-line usage error (exit 1) was printed.
pub fn parse<C: Parser>(program: &str) -> Result<C, ExitCode> {
    C::try_parse().map_err(|err| match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // A closed stdout (`migra --help | head -1`) is not a failure of the help text.
            let _ = err.print();
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{}", usage_error_line(program, &err));
            ExitCode::FAILURE
        }
    })
}

/// `PROGRAM: error: MESSAGE; see 'PROGRAM --help'`, where MESSAGE is the first paragraph of
/// clap's error on one line. The paragraph, not the first line, because clap continues some
/// messages on the next lines: the missing arguments, the possible values.
pub fn usage_error_line(program: &str, err: &clap::Error) -> String {
    // Display of a clap error is its plain text (no ANSI colour), usage block and tips included.
    let rendered = err.to_string();
    let paragraph = rendered
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    let message = paragraph
        .strip_prefix("error:")
        .unwrap_or(&paragraph)
        .trim();
    let message = match message {
        "" => err
            .kind()
            .as_str()
            .unwrap_or("invalid arguments")
            .to_string(),
        message => migra_fetch::clean(message),
    };
    format!("{program}: error: {message}; see '{program} --help'")
}
