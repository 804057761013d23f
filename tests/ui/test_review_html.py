"""Card images in review: found in the media folder, and never wider than the view."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from studyapp.core.flashcards.cards import ReviewCard
from studyapp.ui.widgets.review_html import with_media
from studyapp.ui.widgets.review_screen import CARD_TEXT_WIDTH, ReviewScreen


def picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(path))
    return path


def test_a_wide_image_gets_the_view_width_and_keeps_its_proportions(
    tmp_path: Path, qtbot: QtBot
) -> None:
    picture(tmp_path / "sectional.png", 1600, 400)
    html = with_media('Where is <img src="sectional.png"> the VOR?', tmp_path, 700)
    url = (tmp_path / "sectional.png").as_uri()
    assert html == f'Where is <img src="{url}" width="700"> the VOR?'
    label = QLabel(with_media('<img src="sectional.png">', tmp_path, 700))
    qtbot.addWidget(label)
    assert 700 <= label.sizeHint().width() < 710
    assert 175 <= label.sizeHint().height() < 190  # 400 * 700 / 1600, not 400


def test_small_images_and_other_sources_are_left_alone(tmp_path: Path) -> None:
    picture(tmp_path / "icon.png", 64, 64)
    url = (tmp_path / "icon.png").as_uri()
    assert with_media("<img src='icon.png'/>", tmp_path, 700) == f"<img src='{url}'/>"
    inline = '<img src="data:image/png;base64,AAAA">'
    assert with_media(inline, tmp_path, 700) == inline
    missing = with_media('<img src="gone.png">', tmp_path, 700)
    assert missing == f'<img src="{(tmp_path / "gone.png").as_uri()}">'
    assert with_media("no pictures", tmp_path, 700) == "no pictures"


def test_a_declared_size_wider_than_the_view_is_replaced(tmp_path: Path) -> None:
    html = '<img width="1200" src="https://example.org/chart.png" height=300 alt="chart"/>'
    assert with_media(html, None, 500) == (
        '<img src="https://example.org/chart.png" alt="chart" width="500"/>'
    )
    assert with_media('<img width="400" src="x.png">', None, 500) == '<img width="400" src="x.png">'


def test_the_review_screen_fits_a_wide_image_to_its_window(tmp_path: Path, qtbot: QtBot) -> None:
    picture(tmp_path / "chart.png", 2400, 600)
    screen = ReviewScreen()
    qtbot.addWidget(screen)
    screen.media_dir = tmp_path
    card = ReviewCard(
        1, 'Identify <img src="chart.png">', "Class C", 1, None, None, None, 1, 0,
        (timedelta(minutes=1), timedelta(minutes=6), timedelta(minutes=10), timedelta(days=3)),
    )  # fmt: skip
    screen.resize(1200, 800)
    screen.show()
    screen.show_card(card, 1, False)
    qtbot.waitUntil(lambda: screen.image_width() == CARD_TEXT_WIDTH)
    assert f'width="{CARD_TEXT_WIDTH}"' in screen.question.text()
    assert screen.question.sizeHint().width() <= CARD_TEXT_WIDTH + 20
    screen.resize(560, 800)  # a narrow window: the image follows
    qtbot.waitUntil(lambda: screen.image_width() < 500)
    qtbot.waitUntil(lambda: f'width="{screen.image_width()}"' in screen.question.text())
    # Nothing to scroll sideways once the layout has caught up with the narrower image.
    qtbot.waitUntil(lambda: screen.scroll.horizontalScrollBar().maximum() == 0)
    assert screen.question.minimumSizeHint().width() <= screen.image_width() + 10
