"""Frozen pydantic models that are the contract between ToolGen's stages.

This package imports no other toolgen package.
"""

from toolgen.records.base import Frozen, JsonValue
from toolgen.records.chain import Chain
from toolgen.records.dialogue import (
    SCHEMA_VERSION,
    ArgumentTrace,
    Finding,
    FunctionCall,
    JudgeScores,
    JudgeVerdict,
    Message,
    Metadata,
    OutputRef,
    Paraphrase,
    Record,
    Rejection,
    RepairNote,
    Role,
    StepTrace,
    ToolCall,
)
from toolgen.records.graph import Edge, EdgeKind
from toolgen.records.plan import Goal, PlannedArg, PlannedCall, PlannedTurn, Scenario
from toolgen.records.tools import Diagnostic, Endpoint, Parameter, Registry, Tool

__all__ = [
    "SCHEMA_VERSION",
    "ArgumentTrace",
    "Chain",
    "Diagnostic",
    "Edge",
    "EdgeKind",
    "Endpoint",
    "Finding",
    "Frozen",
    "FunctionCall",
    "Goal",
    "JsonValue",
    "JudgeScores",
    "JudgeVerdict",
    "Message",
    "Metadata",
    "OutputRef",
    "Parameter",
    "Paraphrase",
    "PlannedArg",
    "PlannedCall",
    "PlannedTurn",
    "Record",
    "Registry",
    "Rejection",
    "RepairNote",
    "Role",
    "Scenario",
    "StepTrace",
    "Tool",
    "ToolCall",
]
