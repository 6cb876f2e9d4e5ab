"""Standard phrases (话术) a clerk may insert into the notes — seed 002, quoted as written."""
from __future__ import annotations

STANDARD_PHRASES = (
    "您好，这里是客服中心，很高兴为您服务，请问有什么可以帮您？",
    "您好，请问您是本公司产品的用户吗？",
    "感谢您的支持。",
    "已为您安排维修。",
    "预计3个工作日内完成。",
    "一般问题我们会在1个工作日内给出初步解决方案。",
    "紧急问题我们会在24小时内响应。",
)
