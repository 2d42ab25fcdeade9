from datetime import date

from app.services.stars import StarStatus, add_months, expiry_for, may_show_stars, star_status

TODAY = date(2026, 11, 23)


def test_rating_lasts_36_months():
    assert expiry_for(date(2024, 5, 10)) == date(2027, 5, 10)
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


def test_status_boundaries():
    assert star_status(None, None, TODAY) is StarStatus.NONE
    assert star_status(4, date(2026, 11, 22), TODAY) is StarStatus.EXPIRED
    assert star_status(4, TODAY, TODAY) is StarStatus.EXPIRING
    assert star_status(4, date(2027, 2, 21), TODAY) is StarStatus.EXPIRING  # 90 days
    assert star_status(4, date(2027, 2, 22), TODAY) is StarStatus.VALID
    assert star_status(3, None, TODAY) is StarStatus.EXPIRED


def test_expired_product_may_not_show_stars():
    assert may_show_stars(5, date(2027, 1, 1), TODAY)
    assert not may_show_stars(5, date(2026, 1, 1), TODAY)
    assert not may_show_stars(None, date(2030, 1, 1), TODAY)
