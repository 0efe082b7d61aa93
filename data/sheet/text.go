package sheet

import "liangsaibi/i18n"

// messages holds every label the sheets carry and every problem an import reports.
var messages = i18n.Catalog{
	// Top block.
	"kind.0":      {"评委评分表", "Judge score sheet"},
	"kind.1":      {"街道评分表", "Street score sheet"},
	"kind.2":      {"直接录入表", "Direct entry sheet"},
	"top.code":    {"识别码（请勿修改）", "Sheet code (do not change)"},
	"top.judge":   {"评委", "Judge"},
	"top.street":  {"街道", "Street"},
	"top.note":    {"说明", "How to fill in"},
	"note.judged": {"每格填分数：0 到满分，最多 6 位小数；评委回避填“回避”；未评留空（留空不会清除已有分数，填 ~ 表示清除）。", "Each cell: a score from 0 to the max, at most 6 decimals; \"recused\" (回避) when the judge stands aside; leave empty when not scored (empty never clears a score; ~ clears it)."},
	"note.direct": {"每格填数值：直接项 0 到满分；目标项填实际数值（≥0，可超过目标值）；最多 6 位小数；未评留空（~ 表示清除）。", "Each cell: a direct item from 0 to the max; a target item the actual figure (>= 0, may exceed the target); at most 6 decimals; leave empty when not known (~ clears)."},

	// Grid.
	"grid.street":   {"街道", "Street"},
	"grid.streetId": {"街道编号", "Street id"},
	"grid.item":     {"细则项", "Item"},
	"grid.itemIds":  {"细则项编号", "Item id"},
	"grid.itemId":   {"细则项编号", "Item id"},
	"grid.judgeIds": {"评委编号", "Judge id"},
	"grid.max":      {"满分", "Max"},
	"grid.target":   {"目标值", "Target"},
	"grid.standard": {"达标线", "Standard"},
	"grid.withUnit": {"%s（%s）", "%s (%s)"},
	"what.street":   {"街道", "street"},
	"what.item":     {"细则项", "item"},
	"what.judge":    {"评委", "judge"},

	"slot.recused": {"回避", "recused"},
	"slot.empty":   {"未评", "not scored"},
	"slot.number":  {"%s", "%s"},

	// Where a problem is.
	"loc.cell":  {"%s %s（第%d行，“%s”列）：%s", "%s %s (row %d, column %q): %s"},
	"loc.row":   {"%s 第%d行：%s", "%s row %d: %s"},
	"loc.file":  {"%s：%s", "%s: %s"},
	"hint.mean": {"，是不是“%s”？", "; did you mean %q?"},

	// Problems.
	"p.internal":    {"读取时程序出错（这是程序的缺陷，请把这个文件发给维护人员）", "the program failed while reading it (a bug: please send this file to the maintainers)"},
	"p.read":        {"无法读取：%s", "cannot be read: %s"},
	"p.csv":         {"无法按 CSV 格式读取这一行", "this row cannot be read as CSV"},
	"p.xlsx":        {"不是有效的 Excel 文件（.xlsx）：文件可能已损坏、设置了密码，或另存时选错了格式", "not a valid Excel file (.xlsx): it may be damaged or password-protected, or saved in another format"},
	"p.notUTF8":     {"文件不是 UTF-8 编码；如果是 Excel 或 WPS 另存的“CSV（逗号分隔）”，请加 --encoding gb18030", "the file is not UTF-8; if Excel or WPS saved it as \"CSV (comma delimited)\", add --encoding gb18030"},
	"p.gb18030":     {"无法按 GB18030 解码", "cannot be decoded as GB18030"},
	"p.noCode":      {"不是 liangsaibi 生成的评分表（缺少识别码“%s”），请用 liangsaibi sheet 生成评分表", "not a score sheet made by liangsaibi (no code %q); make one with liangsaibi sheet"},
	"p.otherComp":   {"这张表属于另一场比赛或已改动的评分细则（表中标题“%s”，本文件标题“%s”），请重新生成评分表", "this sheet belongs to another competition or to changed criteria (sheet title %q, file title %q); make a new sheet"},
	"p.layout":      {"表格结构被改动：这一格应为“%s”，不要插入或删除表头部分的行", "the layout was changed: this cell should say %q; do not insert or delete rows in the header part"},
	"p.unknownId":   {"没有编号为“%s”的%s", "there is no %[2]s with the id %[1]q"},
	"p.unknownName": {"没有名为“%s”的%s", "there is no %[2]s named %[1]q"},
	"p.ambiguous":   {"有多个%[2]s名为“%[1]s”，请填写编号", "several %[2]ss are named %[1]q; give the id"},
	"p.mismatch":    {"名称“%s”与编号“%s”（%s）不是同一个%s", "the name %q and the id %q (%s) are not the same %s"},
	"p.noKey":       {"这一列有分数，但没有%s名称或编号", "this column holds scores but names no %s"},
	"p.noRowKey":    {"这一行有分数，但没有%s名称或编号", "this row holds scores but names no %s"},
	"p.notJudged":   {"“%s”不是评委打分项，请在直接录入表（liangsaibi sheet --direct）中填写", "%q is not judged; fill it in on the direct sheet (liangsaibi sheet --direct)"},
	"p.judged":      {"“%s”是评委打分项，请在评委或街道评分表中填写", "%q is judged; fill it in on a judge or street sheet"},
	"p.notNumber":   {"“%s”不是数字（可填数字、回避、~ 或留空）", "%q is not a number (use a number, recused, ~ or leave it empty)"},
	"p.decimals":    {"“%s”的小数超过 6 位", "%q has more than 6 decimals"},
	"p.range":       {"%s 超出范围，应在 0 到 %s 之间", "%s is out of range; it must be from 0 to %s"},
	"p.negative":    {"%s 是负数，目标项的实际数值不能小于 0", "%s is negative; a target item's figure cannot be below 0"},
	"p.recusedOnly": {"只有评委打分项可以填“回避”", "only judged items can be recused"},
	"p.formula":     {"这一格是公式，请填写数值", "this cell is a formula; enter a value"},
	"p.disagree":    {"“%s”与 %s 填写的“%s”不一致（同一位评委、街道和细则项）", "%[1]q disagrees with %[3]q given at %[2]s (same judge, street and item)"},
	"p.conflict":    {"已有分数 %s，表中为 %s；如确认以表中为准，请加 --overwrite", "already holds %s, the sheet says %s; add --overwrite to replace it"},
	"p.empty":       {"表格是空的", "the sheet is empty"},
	"dv.title":      {"请填分数", "Enter a score"},
	"dv.judged":     {"填 0 到 %s 之间的数（最多 6 位小数）；评委回避填“回避”；未评留空", "a number from 0 to %s (at most 6 decimals); recused for a recused judge; empty when not scored"},
	"dv.direct":     {"填 0 到 %s 之间的数（最多 6 位小数）；未录留空", "a number from 0 to %s (at most 6 decimals); empty when not known"},
	"dv.target":     {"填实际数值，不小于 0（最多 6 位小数）；未录留空", "the actual figure, 0 or more (at most 6 decimals); empty when not known"},
	"sign.judge":    {"评委签名：________________", "Judge's signature: ________________"},
	"sign.street":   {"评委签名：________________________________", "Judges' signatures: ________________________________"},
	"sign.direct":   {"填表人签名：________________", "Filled in by: ________________"},
	"sign.date":     {"日期：____________", "Date: ____________"},
	"p.invisible":   {"含有不可见字符 %s（第 %d 个字符，如零宽空格），请删掉后重新输入", "contains the invisible character %s (character %d, such as a zero-width space); delete and retype it"},
}
