"""``python -m etl`` and the ``etl`` command."""
import sys


def main() -> None:
    # A run with nothing to do is answered before the command line (Typer, Rich), pyarrow
    # and the plugins are imported: importing them costs ten times the check.
    from etl.freshness import answer

    status = answer(sys.argv[1:])
    if status is not None:
        sys.exit(status)
    try:
        from etl.cli import main as cli_main
    except ModuleNotFoundError as exc:
        if not exc.name or exc.name.split(".")[0] in ("etl", "etl_plugins"):
            raise  # a module of etl itself: a bug, not an install
        sys.exit(f"error: etl needs the package {exc.name!r}, which this Python ({sys.executable}) lacks: "
                 f"install etl into it (`pip install -e .` in a checkout) or run the Python it was installed in")
    cli_main()


if __name__ == "__main__":
    main()
