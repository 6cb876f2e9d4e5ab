"""客户投诉登记表 from the database: filters, masking, deadlines, totals, fonts, on both engines."""
from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.printing.documents import register_pdf, ticket_pdf
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.storage.models import AuditEvent, Department, Staff
from aftersales_desktop.printing.register_pdf import ComplaintRegisterRenderer
from aftersales_desktop.services.complaint_register import RegisterFilter, register_data
from tests.unit.pdf_checks import fonts, page_sizes, pages_text
from tests.unit.printing_helpers import COMPANY, build_office


def test_register_lists_the_range_masked_with_totals_and_embedded_fonts(db):
    office = build_office()
    pdf = register_pdf(RegisterFilter(office.first_day, office.last_day))
    text = "".join(pages_text(pdf))
    for number in (office.quality, office.logistics, office.fresh, office.rejected):
        assert number in text
    for name in ("王芳", "李雷", "张敏", "刘洋", "物流配送问题/商品破损", "24小时热线"):
        assert name in text
    assert "139****5678" in text and "13912345678" not in text
    assert "共4张" in text and "投诉总数4张" in text
    assert "已驳回：不在售后政策范围内" in text  # the rejection's reason as its outcome
    assert "制表人" in text and "审核人" in text and COMPANY in text and "打印人系统管理员" in text
    assert "第1页/共1页" in text
    width, height = page_sizes(pdf)[0]
    assert width > height  # landscape
    assert fonts(pdf) and all(fonts(pdf).values())
    assert {name.split("+")[1] for name in fonts(pdf)} == {"DroidSansFallback", "Roboto-Regular"}


def test_filters_narrow_the_register_and_unmasked_shows_full_phones(db):
    office = build_office()
    everything = RegisterFilter(office.first_day, office.last_day)
    numbers = lambda f: [r.number for r in register_data(f).rows]  # noqa: E731
    assert numbers(replace(everything, category="logistics")) == [office.logistics]
    assert numbers(replace(everything, department="售后部")) == [office.logistics]
    assert numbers(replace(everything, branch="上海浦东分公司")) == [office.logistics]
    assert numbers(replace(everything, state="已驳回")) == [office.rejected]
    assert numbers(replace(everything, date_from=office.last_day)) == []
    data = register_data(everything, unmasked=True)
    assert {r.phone for r in data.rows} >= {"13912345678", "13800138000"}
    assert data.unmasked and "电话完整显示" in pages_text(
        ComplaintRegisterRenderer(data, COMPANY).render())[0]


@pytest.mark.parametrize("change, field", [
    ({"date_from": "later"}, "to"), ({"category": "nonsense"}, "category"),
    ({"department": "不存在的部门"}, "department"), ({"state": "飞走了"}, "state")])
def test_bad_filters_name_the_field(sqlite_db, change, field):
    office = build_office()
    f = RegisterFilter(office.first_day, office.last_day)
    if change.get("date_from") == "later":
        f = replace(f, date_from=office.last_day, date_to=office.first_day)
    else:
        f = replace(f, **change)
    with pytest.raises(ValidationError) as caught:
        register_data(f)
    assert caught.value.field == field


@dataclass(frozen=True)
class Answer:  # the shape of services.satisfaction.Satisfaction (issue 6)
    resolution_score: int
    attitude_score: int


def test_deadlines_and_callback_satisfaction_plug_in(db):
    office = build_office()
    f = RegisterFilter(office.first_day, office.last_day)
    data = register_data(f, satisfaction=lambda ids: {ids[0]: 5, ids[1]: 3})
    rows = {r.number: r for r in data.rows}
    assert rows[office.quality].deadline == "missed"  # received 5 days ago, verified now
    assert rows[office.rejected].deadline == "missed"
    assert data.satisfaction_count == 2 and data.satisfaction_mean == 4
    text = "".join(pages_text(ComplaintRegisterRenderer(data, None).render()))
    assert "4.00（2次回访）" in text and "超时" in text
    assert "未设置单位名称" in text  # no company name yet: said plainly on the page
    data = register_data(f, satisfaction=lambda ids: {ids[0]: Answer(4, 5), ids[1]: Answer(2, 3)})
    assert data.satisfaction_mean == 3 and data.rows[0].satisfaction == "解决4 态度5"


def test_each_prints_what_they_see_and_full_phones_need_the_permission(db):
    office = build_office()
    operations = Department.get(Department.name == "运营部").id
    Staff.insert(login="sun", name="孙悦", role="handler", department=operations,
                 created_at=utcnow()).execute()
    f = RegisterFilter(office.first_day, office.last_day)
    text = "".join(pages_text(register_pdf(f, actor="sun")))  # a handler of another department
    assert "共0张" in text and office.quality not in text and "打印人孙悦" in text
    text = "".join(pages_text(register_pdf(f, actor="zhang")))  # 售后部 took and handles them
    assert all(n in text for n in (office.quality, office.logistics, office.fresh))
    with pytest.raises(PermissionDenied):
        register_pdf(f, actor="zhang", unmasked=True)  # a handler may not print full phones
    with pytest.raises(PermissionDenied):
        ticket_pdf(office.quality, None, actor="sun")  # not in their scope
    assert AuditEvent.select().where(AuditEvent.action == "refused").count() == 2
    text = "".join(pages_text(register_pdf(f, actor="li", unmasked=True)))  # supervisor
    assert "13800138000" in text and "电话完整显示" in text
    printed = AuditEvent.get(AuditEvent.action == "print_unmasked")
    assert "客户投诉登记表" in printed.new_value
