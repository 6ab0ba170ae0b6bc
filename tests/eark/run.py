"""Runs inside eark-validator's own virtualenv (see tests/eark_validator.py): validates each
package root given and prints one JSON report a line.

eark-validator downloads four DILCIS vocabularies from earkcsip.dilcis.eu when it is
imported, though it ships the same files (ipxml/resources/vocabs); the tests have no
internet, so an opener answers those addresses from the shipped copies (and refuses any other
address rather than hang on it)."""

import email.message
import sys
import urllib.request
from pathlib import Path
from urllib.response import addinfourl

VOCABULARIES = "https://earkcsip.dilcis.eu/schema/"


def shipped_vocabularies() -> Path:
    from importlib.resources import files
    return Path(str(files("eark_validator.ipxml.resources") / "vocabs"))


class LocalVocabularies(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> addinfourl:
        url = req.full_url
        if not url.startswith(VOCABULARIES):
            raise OSError(f"eark-validator asked for {url}, which has no local copy")
        path = shipped_vocabularies() / url.removeprefix(VOCABULARIES)
        response = addinfourl(path.open("rb"), email.message.Message(), url, 200)
        response.msg = "OK"  # what urllib's error processor reads off an HTTP response
        return response


def main(roots: list[str]) -> None:
    urllib.request.install_opener(urllib.request.build_opener(LocalVocabularies()))
    from eark_validator.packages import PackageValidator
    from eark_validator.specifications.specification import SpecificationVersion
    for root in roots:
        report = PackageValidator(Path(root), SpecificationVersion.V2_1_0).validation_report
        print(report.model_dump_json())


if __name__ == "__main__":
    main(sys.argv[1:])
