"""What the room sees at one position: a slide, the complaint card, or a black screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from ...curriculum.model import Slide
from ...session.presentation import Presentation
from ...session.tally import QuestionTally
from ..room_words import RoomWords
from ..text import plain_label
from .complaint_card import ComplaintCard
from .images import PictureCache
from .slide_view import SlideView, slide_unit


class Stage(QStackedWidget):
    """The audience's picture; the console shows smaller Stages of the same thing."""

    resized = Signal()
    """The stage took a new size (a window shown, moved to a screen, full screen): a slide
    drawn ahead at the old size is drawn again."""

    def __init__(self, parent: QWidget | None = None, pictures: PictureCache | None = None) -> None:
        super().__init__(parent)
        self.slide_view = SlideView(pictures=pictures)
        """The slide shown; its twin `_spare` holds the slide drawn ahead, unseen."""
        self._spare = SlideView(pictures=pictures)
        self._spare_look: tuple[object, ...] | None = None
        """What `_spare` was drawn for (see `_look`); None when it holds nothing usable."""
        self.card = ComplaintCard()
        self.black = plain_label()
        self.black.setObjectName("black")
        self.black.setStyleSheet("#black { background: #000000; color: #6b7280; }")
        self.black.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end = plain_label()
        self.end.setObjectName("endOfModule")
        self.end.setStyleSheet("#endOfModule { background: #e5e7eb; color: #374151; }")
        self.end.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.slide_view, self._spare, self.card, self.black, self.end):
            self.addWidget(widget)
        self.black_label = ""
        self.words = RoomWords("Stage")
        """"End of module" is read by the room: in the teaching language."""
        self.retranslate()

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return self.words.tr(source, disambiguation, n)

    def retranslate(self) -> None:
        self.end.setText(self.tr("End of module"))
        self.black.setAccessibleName(QCoreApplication.translate("Stage", "Black screen"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_scale(self, scale: float) -> None:
        self.slide_view.set_scale(scale)
        self._spare.set_scale(scale)
        self._spare_look = None
        self.card.scale = scale
        self.card.update()

    def show_position(
        self, presentation: Presentation, offset: int = 0, honour_black: bool = True
    ) -> None:
        """Show the current position (offset 0) or one further on (offset 1, for 'next')."""
        if presentation.language != self.words.language:
            self.words.language = presentation.language
            self.retranslate()
        if honour_black and presentation.black and offset == 0:
            self.black.setText(self.black_label)
            self.setCurrentWidget(self.black)
            return
        if offset == 0 and presentation.at_card:
            self._show_card(presentation)
            return
        index = presentation.index + offset if not presentation.card_overlay else presentation.index
        slide = presentation.slide_at(index)
        if slide is not None:
            revealed, tally = presentation.revealed(slide), presentation.tally(slide)
            if self._spare_look is not None and self._spare_look == self._look(
                presentation, slide, revealed, tally
            ):
                # Drawn ahead for exactly this: show it as it is.
                self.slide_view, self._spare = self._spare, self.slide_view
            else:
                self.slide_view.show_slide(
                    presentation.module, presentation.language, slide, revealed, tally
                )
            self._spare_look = None
            self.setCurrentWidget(self.slide_view)
        elif index == presentation.card_index:
            self._show_card(presentation)
        else:
            self.setCurrentWidget(self.end)

    def draw_ahead(self, presentation: Presentation, offset: int = 0) -> None:
        """Draw, where nobody sees it, the slide the next step forward shows here.

        Called once the room has looked at a slide for a moment: the next Right then shows a
        slide already laid out with its pictures drawn at their sizes, instead of doing that
        work between the click and the picture. Anything that changes what it would look like
        (a count, the reveal, the language, an edit, the size) makes it drawn afresh instead.
        """
        if presentation.black or presentation.at_card or self.width() < 2 or self.height() < 2:
            return
        slide = presentation.slide_at(presentation.index + 1 + offset)
        if slide is None:
            return
        revealed, tally = presentation.revealed(slide), presentation.tally_as_shown(slide)
        look = self._look(presentation, slide, revealed, tally)
        if look == self._spare_look:
            return
        spare = self._spare
        spare.show_slide(presentation.module, presentation.language, slide, revealed, tally)
        _draw_unseen(spare, self.size())
        self._spare_look = look

    def _look(
        self,
        presentation: Presentation,
        slide: Slide,
        revealed: bool,
        tally: QuestionTally | None,
    ) -> tuple[object, ...]:
        """Everything a slide's drawing depends on (the slide compared by its contents)."""
        counts = None if tally is None else (tuple(tally.counts), tally.revealed)
        return (
            presentation.module.id,
            presentation.language,
            slide,
            revealed,
            counts,
            (self.width(), self.height()),
            self.slide_view.scale,
            self.font().key(),
            self.layoutDirection(),
        )

    def draw_card_ahead(self, presentation: Presentation) -> None:
        """Draw the complaint card once where nobody sees it: the first drawing is the slow
        one (fonts at new sizes, the drawing library's first use), not the room's."""
        if self.currentWidget() is self.card or self.width() < 2 or self.height() < 2:
            return
        self.card.show_line(presentation.curriculum, presentation.language)
        _draw_unseen(self.card, self.size())

    def _show_card(self, presentation: Presentation) -> None:
        self.card.show_line(presentation.curriculum, presentation.language)
        self.setCurrentWidget(self.card)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size() != event.oldSize():
            self.resized.emit()
        font = self.end.font()
        font.setPixelSize(int(slide_unit(self.size()) * 6))
        self.end.setFont(font)
        self.black.setFont(font)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def hasHeightForWidth(self) -> bool:
        """A stage takes the room its window gives it. Saying so keeps the window's layout
        from asking every slide's wrapped text how tall it would be at each width, which it
        did each time a slide was shown (most of a slide change on the room's screen)."""
        return False


def _draw_unseen(widget: QWidget, size: QSize) -> None:
    """Lay `widget` out at `size` and paint it once off screen: its first showing then only
    copies what was drawn (pictures at their sizes, text laid out).

    A widget never shown gets its resize event only when it first shows: it is sent here, so
    the slide's margins and type sizes (set from its size) are the ones it will be shown with."""
    widget.ensurePolished()
    old = widget.size()
    widget.resize(size)
    if widget.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
        widget.setAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent, False)
        QCoreApplication.sendEvent(widget, QResizeEvent(size, old))
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    widget.render(QPixmap(size))
