"""The layout the queue screens share (分类, 回访): the queue on the left, on the right the case
in a frameless scroll area with a message line and the actions under it."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSplitter, QVBoxLayout, QWidget


def frameless_scroll(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def detail_pane(body: QWidget, message: QWidget, actions: QLayout) -> QWidget:
    """`body` scrolled, then the message line and the action buttons."""
    pane = QWidget()
    column = QVBoxLayout(pane)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(frameless_scroll(body), 1)
    column.addWidget(message)
    column.addLayout(actions)
    return pane


def queue_and_detail(owner: QWidget, queue: QWidget, detail: QWidget, sizes: list[int]) -> None:
    """`owner`'s whole area: the queue and the detail side by side, the detail growing."""
    splitter = QSplitter()
    splitter.addWidget(queue)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(sizes)
    QVBoxLayout(owner).addWidget(splitter)
