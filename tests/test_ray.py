"""--executor ray: the same pipeline on a (local) Ray instance, through pyarrow's filesystems."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from etl.errors import EtlError
from etl.executors import RayExecutor
from etl.plugins import default_host
from etl.runner import run

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from generate import generate  # noqa: E402
from test_short_names import FAIR, FULL, SHORT  # noqa: E402


def dataset_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.parquet"))}


def test_without_ray_installed_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(EtlError) as raised:
        RayExecutor()
    assert str(raised.value) == "the ray executor needs Ray: pip install 'etl[ray]'"


def test_ray_writes_the_same_bytes_as_the_local_executor(tmp_path):
    import ray  # the suite runs with every extra: pip install -e '.[all,test]'
    corpus = tmp_path / "corpus"
    generate(corpus, 120, seed=9, jobs=1)
    # Short names the run completes from its other documents, in batches of their own on Ray.
    for name, text in {"a_full.txt": FULL, "b_short.txt": SHORT, "c_fair.txt": FAIR}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    host = default_host()
    # Sources and output as URIs, read and written through pyarrow.fs by both executors.
    local = run(host, [corpus.as_uri()], (tmp_path / "local").as_uri(), batch_size=16, jobs=1,
                cache_dir=tmp_path / "c1")

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        executor = RayExecutor()
        assert executor.jobs == 2
        remote = run(host, [corpus.as_uri()], (tmp_path / "remote").as_uri(), batch_size=16,
                     executor=executor, cache_dir=tmp_path / "c2")
    finally:
        ray.shutdown()
    assert remote.computed == local.computed == 123
    assert remote.completed_names == local.completed_names == 3
    assert remote.unresolved_names == local.unresolved_names == 2
    assert (remote.documents, remote.statements, remote.speakers) == (local.documents, local.statements,
                                                                      local.speakers)
    local_files = dataset_bytes(tmp_path / "local")
    remote_files = dataset_bytes(tmp_path / "remote")
    assert sorted(remote_files) == ["documents.parquet", "errors.parquet", "speakers.parquet",
                                    "statements.parquet"]
    assert remote_files == local_files
