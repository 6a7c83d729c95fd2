"""An upload answers the file that was sent (ToolBench seed 31 #175: invoice-2025-031.pdf
uploaded came back as "contract-draft.docx", `application/zip`, at a street address,
expiring before it was made, with 47.98 downloads left of a limit of 10)."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def test_the_uploaded_file_is_the_one_sent() -> None:
    endpoints, executor = corpus_endpoints(TOOLBENCH / "Storage/synwave.json")
    upload = next(e for name, e in endpoints.items() if name.startswith("upload_a_new_file"))
    for seed in range(5):
        out = executor.session(seed).call(upload, {"file": "invoice-2025-031.pdf",
                                                   "download_limit": 10}).output
        file = out["file"]
        assert file["filename"] == "invoice-2025-031.pdf", file
        assert file["mimetype"] == "application/pdf", file
        assert file["downloads_remaining"] == 10, file
        assert "address" not in file, file
        assert isinstance(file["size_bytes"], int), file
        assert file["expiration_time"] > file["created_at"], file
