package main

import "liangsaibi/i18n"

// auditMsgs are the texts of `liangsaibi audit` and of --operator.
var auditMsgs = i18n.Catalog{
	"audit.summary": {"显示录入记录（谁在何时把哪个分数从多少改成多少）", "show the entry log (who changed which score, when, from what to what)"},
	"audit.help": {`用法：liangsaibi audit 文件

列出在看板中录入到该文件的每一个分数：时间、操作员、街道、细则项、评委、原值 → 新值。
记录保存在“文件.audit.jsonl”中。操作员默认是电脑的登录用户名，
打开看板时可用 --operator 姓名 指定，例如：
  liangsaibi 本季度.yaml --operator 张三
`, `Usage: liangsaibi audit FILE

Lists every score entered into FILE from the dashboard: time, operator, street,
item, judge, old → new. The log is kept in FILE.audit.jsonl. The operator is the
computer's user name unless the dashboard was opened with --operator NAME, e.g.
  liangsaibi this-round.yaml --operator Zhang
`},
	"audit.no_file":      {"请给出评分文件，例如：liangsaibi audit 本季度.yaml", "give a competition file, e.g. liangsaibi audit round.yaml"},
	"audit.read":         {"无法读取录入记录 %s：%v", "cannot read the entry log %s: %v"},
	"audit.empty":        {"%s 还没有录入记录。", "%s has no entries yet."},
	"audit.col.time":     {"时间", "Time"},
	"audit.col.operator": {"操作员", "Operator"},
	"audit.col.street":   {"街道", "Street"},
	"audit.col.item":     {"细则项", "Item"},
	"audit.col.judge":    {"评委", "Judge"},
	"audit.col.change":   {"原值 → 新值", "Old → new"},
	"audit.empty_value":  {"未评", "none"},
	"audit.recused":      {"回避", "recused"},
}
