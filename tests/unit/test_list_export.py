"""导出 Excel of the lists: every row the filter selects (more than a page), Chinese headers,
phones masked unless revealed with the permission, scoping, the permission, the audit event."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import list_tables, tickets
from aftersales_desktop.services.audit_log import AuditFilter
from aftersales_desktop.services.list_export import ExportCancelled, export_list
from aftersales_desktop.services.reward_rows import RecordFilter
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets
from aftersales_desktop.storage.models import AuditEvent, Department, Ticket
from tests.unit.auth_helpers import person, refusals
from tests.unit.helpers import ticket_json


def _ticket(text: str, phone: str, actor: str = "admin") -> str:
    return tickets.create_ticket(ticket_json(customer={"name": "王芳", "phone": phone},
                                             problem={"description": text}), actor=actor).number


def _rows(path):
    return list(load_workbook(path).worksheets[0].values)


@pytest.fixture
def seven(db):
    numbers = [_ticket(f"电饭煲外壳破损 第{i}台，回电 1391234567{i}", f"1391234567{i}")
               for i in range(7)]
    tickets.transition(numbers[0], "verified", actor="admin")
    return numbers


def test_round_trip_all_rows_of_the_filter_across_chunks(seven, tmp_path, monkeypatch):
    monkeypatch.setattr(list_tables, "CHUNK", 3)  # 7 rows: three reads
    f = TicketFilter(search="电饭煲", sort="number", descending=False)
    result = export_list("admin", list_tables.tickets(f), tmp_path / "工单列表.xlsx")

    rows = _rows(tmp_path / "工单列表.xlsx")
    assert rows[0][:4] == ("工单号", "受理时间", "客户", "电话") and "问题描述" in rows[0]
    assert result.rows == len(rows) - 1 == count_tickets(f) == 7
    assert [r[0] for r in rows[1:]] == sorted(seven)
    assert rows[1][3] == "139****5670" and rows[1][7] == "已核实"
    assert "回电 139****5670" in rows[1][12]
    assert "13912345670" not in json.dumps([list(map(str, r)) for r in rows], ensure_ascii=False)
    event = AuditEvent.select().where(AuditEvent.action == "export").get()
    assert (event.entity, event.field) == ("list", "tickets")
    assert event.new_value == "导出工单列表 7 行（电话、邮箱和地址已隐去）"


def test_the_filter_decides_the_rows(seven, tmp_path):
    f = TicketFilter(state="verified")
    assert export_list("admin", list_tables.tickets(f), tmp_path / "a.xlsx").rows == 1
    assert [r[0] for r in _rows(tmp_path / "a.xlsx")[1:]] == [seven[0]]


def test_unmasked_needs_the_reveal_permission(seven, tmp_path):
    person("ana", "analyst")  # may export, may not see full numbers
    with pytest.raises(PermissionDenied):
        export_list("ana", list_tables.tickets(TicketFilter()), tmp_path / "a.xlsx",
                    unmasked=True)
    assert not (tmp_path / "a.xlsx").exists()
    export_list("admin", list_tables.tickets(TicketFilter(sort="number", descending=False)),
                tmp_path / "b.xlsx", unmasked=True)
    assert _rows(tmp_path / "b.xlsx")[1][3] == "13912345670"
    assert "含完整个人信息" in AuditEvent.select().where(AuditEvent.action == "export").get().new_value


def test_export_is_refused_without_the_permission_and_recorded(seven, tmp_path):
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        export_list("clerk1", list_tables.tickets(TicketFilter()), tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()
    assert [e.field for e in refusals()] == ["export"]


def test_only_the_tickets_the_exporter_sees(db, tmp_path):
    person("sup_sh", "supervisor", "售后部")
    person("sup_wl", "supervisor", "仓储物流部")
    mine = _ticket("售后部的工单", "13900000001", actor="sup_sh")
    other = _ticket("物流部的工单", "13900000002", actor="sup_wl")
    Ticket.update(department=Department.get(Department.name == "仓储物流部").id).where(
        Ticket.number == other).execute()
    export_list("sup_sh", list_tables.tickets(TicketFilter(viewer="admin")), tmp_path / "a.xlsx")
    assert [r[0] for r in _rows(tmp_path / "a.xlsx")[1:]] == [mine]


def test_a_file_that_cannot_be_written_says_so_and_leaves_nothing(seven, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match="文件夹不存在"):
        export_list("admin", list_tables.tickets(TicketFilter()), tmp_path / "no" / "a.xlsx")
    with pytest.raises(ValidationError, match="xlsx"):
        export_list("admin", list_tables.tickets(TicketFilter()), tmp_path / "a.csv")
    (tmp_path / "locked.xlsx").mkdir()  # like a file Excel holds open: cannot be replaced
    with pytest.raises(ValidationError, match="无法写入"):
        export_list("admin", list_tables.tickets(TicketFilter()), tmp_path / "locked.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.xlsx"]
    assert not AuditEvent.select().where(AuditEvent.action == "export").exists()


def test_cancel_leaves_no_file(seven, tmp_path, monkeypatch):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    from aftersales_desktop.services import list_export

    monkeypatch.setattr(list_export, "PROGRESS_EVERY", 2)
    seen = []
    with pytest.raises(ExportCancelled):
        export_list("admin", list_tables.tickets(TicketFilter()), tmp_path / "a.xlsx",
                    progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert seen == [2] and list(tmp_path.iterdir()) == []


def test_the_other_lists(seven, tmp_path, monkeypatch):
    monkeypatch.setattr(list_tables, "CHUNK", 4)
    export_list("admin", list_tables.audit_trail(AuditFilter()), tmp_path / "audit.xlsx")
    audit = _rows(tmp_path / "audit.xlsx")
    assert audit[0] == ("时间", "人员", "操作", "工单", "字段", "内容")
    assert len(audit) - 1 == AuditEvent.select().count() - 1  # the export's own event follows
    assert "13912345670" not in json.dumps([list(map(str, r)) for r in audit], ensure_ascii=False)
    export_list("admin", list_tables.classification(), tmp_path / "c.xlsx")
    assert [r[0] for r in _rows(tmp_path / "c.xlsx")[1:]] == [seven[0]]
    for table in (list_tables.callbacks("all", True), list_tables.rewards(RecordFilter()),
                  list_tables.escalations(True), list_tables.escalations(False)):
        export_list("admin", table, tmp_path / f"{table.kind}.xlsx")
        assert _rows(tmp_path / f"{table.kind}.xlsx")[0][0] in ("工单号", "编号")
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        export_list("clerk1", list_tables.audit_trail(AuditFilter()), tmp_path / "x.xlsx")


def test_cli_export_tickets(seven, db_url, tmp_path, capsys):
    out_file = tmp_path / "工单.xlsx"
    code = main(["--db", db_url, "export", "tickets", "--state", "已核实", "-o", str(out_file)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == {"file": str(out_file), "rows": 1, "masked": True}
    assert _rows(out_file)[1][0] == seven[0]
    person("clerk1", "clerk")
    code = main(["--db", db_url, "--as", "clerk1", "export", "tickets", "-o", str(out_file)])
    assert code == 3 and "导出数据" in capsys.readouterr().err
    assert main(["--db", db_url, "export", "tickets", "--from", "tomorrow", "-o",
                 str(out_file)]) == 2
