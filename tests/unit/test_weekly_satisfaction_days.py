"""callback_day_score (schema step 16): the reached calls per Shanghai day and category that the
weekly pack's satisfaction is read from, against a hand count of tests/unit/weekly_helpers.py,
after the changes its triggers follow, and filled by the step itself; both engines."""
from __future__ import annotations

from datetime import date

from peewee import PostgresqlDatabase

from aftersales_desktop.services.satisfaction import _bounds, _live_sums, satisfaction_summary
from aftersales_desktop.services.satisfaction_days import day_sums
from aftersales_desktop.services.weekly_pack import weekly_pack
from aftersales_desktop.storage.migration_v16 import _fill
from aftersales_desktop.storage.models import Category, Staff, Ticket, database
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask
from aftersales_desktop.storage.models_meeting import CallbackDayScore
from tests.unit.auth_helpers import person
from tests.unit.weekly_helpers import TODAY, WEEK, build_weeks, utc


def _kept() -> dict:
    """{(day, category code or None): (calls, resolution, attitude, satisfied, solved)}."""
    codes = dict(Category.select(Category.id, Category.code).tuples())
    s = CallbackDayScore
    rows = s.select(s.day, s.category_id, s.n, s.resolution_sum, s.attitude_sum,
                    s.satisfied_n, s.solved_n).where(s.n != 0).tuples()
    return {(date.fromisoformat(str(day)), codes.get(category)): tuple(figures)
            for day, category, *figures in rows}


# the three reached calls of build_weeks, counted by hand
BY_HAND = {(date(2026, 10, 9), "logistics"): (1, 4, 5, 1, 1),
           (date(2026, 10, 10), "quality"): (1, 2, 3, 0, 0),
           (date(2026, 10, 2), "quality"): (1, 5, 5, 1, 1)}


def _call(ticket_id: int, at: str, reached: bool, scores=(None, None)) -> int:
    admin = Staff.get(Staff.login == "admin").id
    task = CallbackTask.insert(ticket=ticket_id, kind="callback", assignee=admin,
                               available_at=utc(at), due_at=utc(at), max_attempts=3,
                               created_at=utc(at)).execute()
    return CallbackAttempt.insert(
        task=task, ticket=ticket_id, attempt_no=1, at=utc(at), staff=admin, reached=reached,
        unreached_reason=None if reached else "无人接听",
        solved=scores[0] >= 3 if reached else None, resolution_score=scores[0],
        attitude_score=scores[1], satisfied=scores[0] >= 3 if reached else None).execute()


def test_the_kept_day_scores_are_a_hand_count(db):
    build_weeks()
    assert _kept() == BY_HAND


def test_the_schema_step_fills_the_same_from_the_calls(db):
    build_weeks()
    CallbackDayScore.delete().execute()
    assert _kept() == {}
    database.execute_sql(_fill("postgresql" if isinstance(database.obj, PostgresqlDatabase)
                               else "sqlite"))
    assert _kept() == BY_HAND


def test_the_day_scores_follow_calls_and_categories_as_they_change(db):
    weeks = build_weeks()
    ids = {n: Ticket.get(Ticket.number == n).id for n in weeks.numbers}
    first, fourth, sixth = (ids[weeks.numbers[i]] for i in (0, 3, 5))
    _call(first, "2026-10-10T23:30", reached=False)  # not reached: nothing counted
    late_night = _call(sixth, "2026-10-12T00:30", True, (3, 4))  # 16:30 UTC the day before
    Ticket.update(category=Category.get(Category.code == "service").id).where(
        Ticket.id == first).execute()
    Ticket.update(category=None).where(Ticket.id == fourth).execute()
    Ticket.update(description="只改描述").where(Ticket.id == sixth).execute()
    CallbackAttempt.update(resolution_score=1, attitude_score=2, satisfied=False).where(
        CallbackAttempt.id == late_night).execute()
    moved = CallbackAttempt.get(CallbackAttempt.ticket == sixth, CallbackAttempt.attempt_no == 1,
                                CallbackAttempt.at == utc("2026-10-02T10:00"))
    CallbackAttempt.update(at=utc("2026-10-03T10:00")).where(
        CallbackAttempt.id == moved.id).execute()
    gone = _call(fourth, "2026-10-08T10:00", True, (5, 4))
    CallbackAttempt.delete().where(CallbackAttempt.id == gone).execute()
    assert _kept() == {(date(2026, 10, 9), "service"): (1, 4, 5, 1, 1),
                       (date(2026, 10, 10), None): (1, 2, 3, 0, 0),
                       (date(2026, 10, 3), "quality"): (1, 5, 5, 1, 1),
                       (date(2026, 10, 12), "quality"): (1, 1, 2, 0, 1)}
    for start, end in ((date(2026, 10, 5), date(2026, 10, 11)),
                       (date(2026, 9, 28), date(2026, 10, 12))):
        low, high = _bounds(start, end)
        for group in ("all", "category"):
            assert sorted(day_sums(group, start, end), key=str) == sorted(
                (tuple(int(v) if v is not None and not isinstance(v, str) else v for v in row)
                 for row in _live_sums(group, low, high, None, None)), key=str)


def test_the_pack_reads_satisfaction_from_the_day_scores_and_a_clerk_from_the_calls(db):
    build_weeks()
    pack = weekly_pack(WEEK, "admin", today=TODAY)
    this = pack.satisfaction.this_week
    assert (this.count, this.avg_resolution, this.avg_attitude, this.satisfied_share,
            this.solved_share) == (2, 3.0, 4.0, 0.5, 0.5)
    assert [(r.key, r.count) for r in pack.satisfaction.by_category] == [
        ("logistics", 1), ("quality", 1)]
    CallbackDayScore.update(n=CallbackDayScore.n + 5).where(
        CallbackDayScore.day == date(2026, 10, 9)).execute()  # the admin reads the table
    assert satisfaction_summary("all", date(2026, 10, 5), date(2026, 10, 11))[0].count == 7
    person("clerk9", "clerk", "仓储物流部")  # a scoped reader counts the calls themselves
    assert weekly_pack(WEEK, "clerk9", today=TODAY).satisfaction.this_week.count == 1
