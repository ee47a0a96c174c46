"""Failpoints: named places where a test can make a real run die or stall, on purpose.

``ISP_FAILPOINT=NAME=ACTION`` (several separated by ``;``) arms them in a process started
with that variable; unset, a failpoint costs one dictionary look-up. ACTION is ``kill``
(SIGKILL this process, as the OOM killer or an operator would), ``kill@N`` (on the Nth time
the point is reached) or ``sleep:SECONDS``. The kill tests (``tests/flows/test_kill.py``)
use them to kill a run exactly while Prefect starts, while files are being read, and inside a
document's load transaction; the same tests also kill at random moments from outside.

Points: ``prefect.starting`` (the temporary server is starting), ``flow.reading`` (files
are being read by the workers), ``load.in_transaction`` (a document's rows are written but
not committed), ``load.committed``.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter

_hits: Counter[str] = Counter()


def _armed() -> dict[str, str]:
    spec = os.environ.get("ISP_FAILPOINT", "")
    return dict(part.split("=", 1) for part in spec.split(";") if "=" in part)


def failpoint(name: str) -> None:
    """Die or stall here if a test armed this point; otherwise nothing."""
    if "ISP_FAILPOINT" not in os.environ:
        return
    action = _armed().get(name)
    if action is None:
        return
    _hits[name] += 1
    if action == "kill" or (action.startswith("kill@") and _hits[name] == int(action[5:])):
        os.kill(os.getpid(), signal.SIGKILL)
    elif action.startswith("sleep:"):
        time.sleep(float(action[6:]))
