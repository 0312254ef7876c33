"""The checker moved to ``lawcheck.check`` (one module per engine); kept so old imports keep working."""
from .check import CheckResult, check, check_document, exit_code

__all__ = ["CheckResult", "check", "check_document", "exit_code"]
