"""Paper: one ReportLab renderer class per document, each returning PDF bytes (A4, the bundled
TrueType fonts embedded, company name, print date and 第 x 页 / 共 y 页 on every page).

register_pdf.py 客户投诉登记表 · notice_pdf.py 奖罚通知书 · exception_report_pdf.py 异常情况汇报表 ·
written_report_pdf.py 书面报告 · service_record_pdf.py 工单服务记录 · blank_form_pdf.py 空白受理单;
documents.py reads each one's data through the services and renders it.
"""
