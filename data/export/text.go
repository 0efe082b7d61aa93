package export

import "liangsaibi/i18n"

// messages holds every header, label and note the exports write.
var messages = i18n.Catalog{
	// Column headers shared by CSV, XLSX and Markdown.
	"col.rank":        {"排名", "Rank"},
	"col.tied":        {"并列", "Tied"},
	"col.status":      {"状态", "Status"},
	"col.street":      {"街道", "Street"},
	"col.group":       {"分组", "Group"},
	"col.total":       {"总分", "Total"},
	"col.band":        {"等次", "Band"},
	"col.gapToFirst":  {"与第一名差距", "Gap to first"},
	"col.belowCount":  {"未达标项", "Below standard"},
	"col.rankChange":  {"名次变化", "Rank change"},
	"col.totalChange": {"总分变化", "Total change"},
	"col.item":        {"指标", "Item"},
	"col.category":    {"类别", "Category"},
	"col.score":       {"得分", "Score"},
	"col.standard":    {"达标线", "Standard"},
	"col.gap":         {"差距", "Gap"},
	"col.value":       {"数值", "Value"},
	"col.setting":     {"项目", "Setting"},
	"col.settingVal":  {"内容", "Value"},

	// Cell markers.
	"mark.tied":    {"并列", "tied"},
	"mark.pending": {"待评", "pending"},
	// a street not fully scored: items complete / all items
	"mark.progress": {"待评 %d/%d", "pending %d/%d"},
	"mark.recused":  {"回避", "recused"},

	// Sheet names (at most 31 characters, none of : \ / ? * [ ]).
	"sheet.ranking":  {"排名", "Ranking"},
	"sheet.gaps":     {"差距", "Gaps"},
	"sheet.problems": {"问题清单", "Problems"},
	"sheet.raw":      {"原始分", "Raw scores"},
	"sheet.rules":    {"规则", "Rules"},

	// Notes in sheets.
	"note.raw": {"灰色删除线的分数按规则去掉（去掉最高分和最低分各 %d 个），不计入得分。",
		"Grey struck-through scores were dropped by the rules (the %d highest and the %[1]d lowest) and do not count."},
	"note.gaps":      {"差距 = 得分 − 达标线；红色未达标，绿色达标，灰色尚无得分。", "Gap = score − standard; red below standard, green at or above, grey not scored yet."},
	"note.noStd":     {"无达标线", "no standard"},
	"raw.withUnit":   {"%s（%s）", "%s (%s)"},
	"row.belowCount": {"未达标街道数", "Streets below standard"},

	// Rules sheet and YAML labels.
	"rule.title":        {"标题", "Title"},
	"rule.round":        {"轮次", "Round"},
	"rule.organizer":    {"主办单位", "Organizer"},
	"rule.date":         {"日期", "Date"},
	"rule.fullMark":     {"满分", "Full mark"},
	"rule.decimals":     {"小数位数", "Decimals"},
	"rule.rounding":     {"修约方式", "Rounding"},
	"rule.trim":         {"去掉最高分、最低分各", "Highest and lowest dropped"},
	"rule.trimMin":      {"去分所需最少评分数", "Scores needed before dropping"},
	"rule.tieBreak":     {"同分比较顺序", "Tie-break order"},
	"rule.band":         {"等次：%s", "Band: %s"},
	"rule.bandMin":      {"总分 ≥ %s", "total ≥ %s"},
	"rule.exportedAt":   {"导出时间", "Exported at"},
	"rule.version":      {"生成程序版本", "Generator version"},
	"rule.half_up":      {"四舍五入", "half up (away from zero)"},
	"rule.half_even":    {"四舍六入五成双（GB/T 8170）", "half to even (GB/T 8170)"},
	"rule.tieBreakNone": {"无（同分即并列）", "none (equal totals tie)"},

	// Markdown notice.
	"md.notice":      {"排名通报", "Ranking notice"},
	"md.round":       {"轮次", "Round"},
	"md.organizer":   {"主办单位", "Organizer"},
	"md.date":        {"日期", "Date"},
	"md.fullMark":    {"满分 %s 分。", "Full mark %s."},
	"md.tiedNote":    {"注：“（并列）”表示总分及比较项均相同，名次并列，下一名次顺延。", "Note: “(tied)” means equal totals and tie-break scores; the next rank is skipped."},
	"md.pendingNote": {"注：待评街道尚未评完（状态栏为已评完的细则项/全部细则项），不给出总分、等次和名次。", "Note: pending streets are not fully scored (the status shows items done/all items); they have no total, band or rank yet."},
	"md.previous":    {"名次变化、总分变化与上一轮（%s）相比。", "Rank and total changes are against the previous round (%s)."},
	"md.rankTied":    {"%d（并列）", "%d (tied)"},
	"md.up":          {"↑%d", "↑%d"},
	"md.down":        {"↓%d", "↓%d"},
	"md.same":        {"持平", "same"},
	"md.none":        {"—", "—"},
	"md.bands":       {"等次划分：%s。", "Bands: %s."},
	"md.bandRange":   {"%s（≥%s）", "%s (≥ %s)"},
	"md.bandCount":   {"%s %d 个", "%s: %d"},
	"md.bandsAll":    {"各等次街道数：%s。", "Streets per band: %s."},
	"md.fixList":     {"问题清单 → 整改清单", "Problems → corrective actions"},
	"md.streetHead":  {"%s（%s）", "%s (%s)"},
	"md.rankLabel":   {"第%d名", "rank %d"},
	"md.problem":     {"%s（%s）：得分 %s，达标线 %s，差距 %s", "%s (%s): score %s, standard %s, gap %s"},
	"md.noProblems":  {"各项均已达标。", "Every item meets its standard."},
	"md.fix":         {"整改措施：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "Corrective action: ________________"},
	"md.owner":       {"责任人：＿＿＿＿　完成时限：＿＿＿＿", "Owner: ________  Due: ________"},
	"md.exported":    {"导出时间：%s　liangsaibi %s", "Exported %s by liangsaibi %s"},

	// Errors.
	"err.encoding":    {"不支持的编码“%s”（可用 utf-8 或 gb18030）", "unsupported encoding %q (use utf-8 or gb18030)"},
	"err.gb18030":     {"字符“%s”（U+%04X）无法用 GB18030 编码保存，请改用 UTF-8", "the character %q (U+%04X) cannot be written in GB18030; use UTF-8"},
	"err.invalidUTF8": {"文本含有无效的 UTF-8 字节，无法用 GB18030 编码保存", "the text holds invalid UTF-8 and cannot be written in GB18030"},
	"rule.digits":     {"超过 15 位的数", "Numbers over 15 digits"},
	"rule.digitsVal":  {"表格的数字格子最多保存 15 位有效数字；超过的得分以文本写出，与公布值完全一致", "a spreadsheet number cell keeps at most 15 significant digits; longer scores are written as text, exactly as published"},
}
