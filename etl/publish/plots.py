"""The card's plots: PNG files whose bytes depend only on the figures and the matplotlib version.

matplotlib's Agg canvas with its defaults (not the user's matplotlibrc), its
bundled DejaVu Sans, a fixed size and DPI, and no software or date stamp in
the PNG.
"""
from __future__ import annotations

import io
from typing import Any

from etl.publish.facts import Facts

SIZE = (8.0, 4.5)  # inches
DPI = 100
COLOR = "#3b6ea8"
#: The plots, by file name: title, and which of the facts they draw.
PLOTS = {
    "plots/speakers.png": ("Statements per speaker (top 20)", "top_speakers"),
    "plots/time.png": ("Statements per month of publication", "months"),
    "plots/kinds.png": ("Statements by kind", "kinds"),
    "plots/outlets.png": ("Documents per outlet", "outlets"),
}
INSTALL_HINT = "pip install matplotlib, then run `etl publish DIR` again"


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def render(facts: Facts) -> dict[str, bytes]:
    """Each plot with data to show, as PNG bytes by its file name; {} without matplotlib."""
    if not available():
        return {}
    import matplotlib

    pngs = {}
    with matplotlib.rc_context(rc=defaults(matplotlib)):
        for name, (title, attribute) in PLOTS.items():
            pairs = getattr(facts, attribute)
            if pairs:
                pngs[name] = bar_chart(title, pairs, horizontal=attribute != "months")
    return pngs


def defaults(matplotlib: Any) -> dict[str, Any]:
    rc = {k: v for k, v in matplotlib.rcParamsDefault.items() if k != "backend"}
    rc.update({"font.family": "DejaVu Sans", "svg.hashsalt": "etl", "figure.dpi": DPI})
    return rc


def bar_chart(title: str, pairs: list[tuple[str, int]], horizontal: bool) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=SIZE, dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    labels = [shorten(label) for label, _ in pairs]
    values = [n for _, n in pairs]
    if horizontal:  # the largest on top
        ax.barh(range(len(values)), values[::-1], color=COLOR)
        ax.set_yticks(range(len(values)), labels[::-1], fontsize=8)
        ax.set_xlabel("count")
    else:
        ax.bar(range(len(values)), values, color=COLOR)
        step = max(1, len(labels) // 24)
        ax.set_xticks(range(0, len(labels), step), labels[::step], rotation=90, fontsize=8)
        ax.set_ylabel("statements")
    ax.set_title(title)
    # Fixed margins rather than tight_layout, which draws the figure once more to measure it.
    fig.subplots_adjust(left=0.3 if horizontal else 0.08, right=0.97, top=0.92, bottom=0.12 if horizontal else 0.2)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def shorten(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[:width - 1] + "…"
