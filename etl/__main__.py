"""``python -m etl`` and the ``etl`` command."""
import sys


def main() -> None:
    # A run with nothing to do is answered before the command line (Typer, Rich), pyarrow
    # and the plugins are imported: importing them costs ten times the check.
    from etl.freshness import answer

    status = answer(sys.argv[1:])
    if status is not None:
        sys.exit(status)
    from etl.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
