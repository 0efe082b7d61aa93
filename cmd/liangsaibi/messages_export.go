package main

import "liangsaibi/i18n"

// exportMsgs are the texts of `liangsaibi export`, `sheet` and `import`.
var exportMsgs = i18n.Catalog{
	"export.summary": {"导出排名（Excel、CSV、YAML、JSON 或 Markdown 通报）", "export the ranking (Excel, CSV, YAML, JSON or a Markdown notice)"},
	"export.help": {`用法：liangsaibi export 文件 -o 输出文件 [--format xlsx|csv|csv-gbk|yaml|json|md] [--encoding gb18030]

按扩展名（或 --format）导出排名：
  .xlsx  Excel 工作簿：排名、差距、问题清单、原始分、规则五张表
  .csv   电子表格（UTF-8 带 BOM；--format csv-gbk 或 --encoding gb18030
         写成 GBK，供老版本 WPS、Excel 使用）
  .yaml  排名导出，下一轮可在 previous: 中引用做纵向比
  .json  与 rank --format json 相同
  .md    排名通报及各街道问题清单 → 整改清单，可粘贴进文档
输出文件已存在时不会覆盖（Excel 打开的文件也无法覆盖），而是写入
“名称-1.xlsx”“名称-2.xlsx”……，并告诉您实际写入的文件名。

选项：
  -o, --output 文件        输出文件（必填）
  --format 格式            不按扩展名判断时指定格式
  --encoding gb18030       CSV 用 GB18030 编码写出
  --file-encoding gb18030  评分文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi export 本季度.yaml -o 排名.xlsx
  liangsaibi export 本季度.yaml -o 通报.md
`, `Usage: liangsaibi export FILE -o OUTPUT [--format xlsx|csv|csv-gbk|yaml|json|md] [--encoding gb18030]

Exports the ranking in the format of OUTPUT's extension (or --format):
  .xlsx  an Excel workbook: ranking, gaps, problems, raw scores, rules
  .csv   a spreadsheet (UTF-8 with BOM; --format csv-gbk or --encoding
         gb18030 writes GBK, for older WPS and Excel)
  .yaml  the ranked export a later round names as previous:
  .json  the same as rank --format json
  .md    a ranking notice with each street's problems → corrective actions
An existing OUTPUT is never overwritten (Excel locks the files it has open):
the export goes to NAME-1.xlsx, NAME-2.xlsx, … and the name used is printed.

Options:
  -o, --output FILE        the file to write (required)
  --format FORMAT          the format, when not the extension's
  --encoding gb18030       write a CSV in GB18030
  --file-encoding gb18030  for competition files saved as GBK/GB18030

Examples:
  liangsaibi export round.yaml -o ranking.xlsx
  liangsaibi export round.yaml -o notice.md
`},
	"export.no_file":    {"请给出评分文件，例如：liangsaibi export 本季度.yaml -o 排名.xlsx", "give a competition file, e.g. liangsaibi export round.yaml -o ranking.xlsx"},
	"export.no_output":  {"请用 -o 给出输出文件，例如 -o 排名.xlsx", "give the output file with -o, e.g. -o ranking.xlsx"},
	"export.bad_format": {"不认识的导出格式“%s”（可用 xlsx、csv、csv-gbk、yaml、json、md）", "unknown export format %q (use xlsx, csv, csv-gbk, yaml, json or md)"},
	"export.csv_only":   {"--encoding 只用于 CSV 导出", "--encoding applies to CSV exports only"},
	"export.done":       {"已导出：%s", "Exported: %s"},
	"export.renamed":    {"%s 已存在，没有覆盖；已导出到：%s", "%s exists and was not overwritten; exported to: %s"},
	"export.write":      {"无法写入 %s：%v", "cannot write %s: %v"},
	"export.make":       {"生成导出内容失败：%v", "cannot make the export: %v"},

	"sheet.summary": {"生成评分表（按评委、按街道或直接录入项；Excel 或 CSV）", "write a score sheet (per judge, per street or for direct items; Excel or CSV)"},
	"sheet.help": {`用法：liangsaibi sheet 文件 (--judge 评委 | --street 街道 | --direct) [-o 评分表.xlsx|.csv]

生成供填写的评分表，已有分数会预先填好，填好后用 liangsaibi import 导入。
  --judge 评委    一位评委的表：每行一个街道，每列一个评委打分项
  --street 街道   一个街道的表：每行一个评委打分项，每列一位评委
  --direct        直接录入项和目标项（没有评委，如知识测试、完成率）：每行一个街道
表中显示每项的满分和达标线（目标项还有目标值），并带有比赛标题和识别码，
导入时据此拒绝其他比赛的评分表。评委和街道可写名称或编号。
不给 -o 时在当前文件夹生成“评分表-名称-时间.xlsx”；已有同名文件时不会覆盖。

选项：
  -o, --output 文件        输出文件，扩展名 .xlsx 或 .csv
  --encoding gb18030       CSV 用 GB18030 编码写出
  --file-encoding gb18030  评分文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi sheet 本季度.yaml --judge 评委一 -o 评委一.xlsx
  liangsaibi sheet 本季度.yaml --street 桐柏路街道 -o 桐柏路.csv
  liangsaibi sheet 本季度.yaml --direct -o 测试成绩.xlsx
`, `Usage: liangsaibi sheet FILE (--judge JUDGE | --street STREET | --direct) [-o SHEET.xlsx|.csv]

Writes a score sheet to fill in, with the current scores already in it;
read it back with liangsaibi import.
  --judge JUDGE    one judge's sheet: a row per street, a column per judged item
  --street STREET  one street's sheet: a row per judged item, a column per judge
  --direct         the direct and target items (no judge: test, rates): a row per street
Each item's max and standard (and target) are shown; the title and a code
let import refuse a sheet of another competition. Judges and streets may be
given by name or id. Without -o, writes "评分表-NAME-TIME.xlsx" here; an
existing file is never overwritten.

Options:
  -o, --output FILE        the sheet to write, .xlsx or .csv
  --encoding gb18030       write a CSV in GB18030
  --file-encoding gb18030  for competition files saved as GBK/GB18030
`},
	"sheet.no_file":   {"请给出评分文件，例如：liangsaibi sheet 本季度.yaml --judge 评委一", "give a competition file, e.g. liangsaibi sheet round.yaml --judge j1"},
	"sheet.one_kind":  {"请在 --judge、--street、--direct 中选一个", "choose one of --judge, --street and --direct"},
	"sheet.bad_ext":   {"评分表只能是 .xlsx 或 .csv，这里是“%s”", "a score sheet is .xlsx or .csv, not %q"},
	"sheet.no_judge":  {"没有“%s”这位评委", "there is no judge %q"},
	"sheet.no_street": {"没有“%s”这个街道", "there is no street %q"},
	"sheet.hint":      {"%s，是不是“%s”？", "%s; did you mean %q?"},
	"sheet.no_judges": {"文件中没有评委打分项，不需要评委或街道评分表；请用 --direct", "the file has no judged items; use --direct"},
	"sheet.no_direct": {"文件中没有直接录入项或目标项", "the file has no direct or target items"},
	"sheet.done":      {"已生成评分表：%s", "Score sheet written: %s"},
	"sheet.name":      {"评分表", "score-sheet"},
	"sheet.direct":    {"直接录入", "direct"},

	"import.summary": {"导入填好的评分表（先检查每一格，确认后写入）", "import filled score sheets (every cell checked, then confirmed)"},
	"import.help": {`用法：liangsaibi import 文件 评分表... [--yes] [--overwrite] [--encoding gb18030] [--operator 姓名]

读取用 liangsaibi sheet 生成并填好的评分表（.xlsx 或 .csv，UTF-8 可带 BOM；
WPS/Excel 另存的“CSV（逗号分隔）”请加 --encoding gb18030），先检查每一格：
街道、细则项、评委是否存在，分数是否在 0 到满分之间（目标项 ≥ 0）、最多 6 位小数，
评分表是否属于这场比赛。任何一格有错都不会写入，并指出文件、单元格（如 C7）和列名。
然后列出将要改动的分数（街道、细则项、评委、原值 → 新值），确认后写入。
写入与看板录入相同：先记入日志，再整体保存，并记入录入记录（liangsaibi audit）。
留空的格子不会改动已有分数；填 ~ 表示清除。已有不同分数的格子视为冲突，
默认拒绝，加 --overwrite 才以表中为准。

选项：
  --yes                    不询问，直接写入
  --overwrite              以表中分数覆盖已有的不同分数
  --encoding gb18030       CSV 评分表是 GB18030 编码
  --operator 姓名          记入录入记录的操作员（默认电脑登录用户名）
  --file-encoding gb18030  评分文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi import 本季度.yaml 评委一.xlsx 评委二.xlsx
  liangsaibi import 本季度.yaml 测试成绩.csv --encoding gb18030 --yes
`, `Usage: liangsaibi import FILE SHEET... [--yes] [--overwrite] [--encoding gb18030] [--operator NAME]

Reads score sheets made by liangsaibi sheet and filled in (.xlsx or .csv,
UTF-8 with or without BOM; --encoding gb18030 for "CSV (comma delimited)" saved
by WPS or Excel). Every cell is checked first: streets, items and judges
exist, scores are within 0 to the max (targets >= 0) with at most 6 decimals,
the sheet belongs to this competition. If any cell is wrong nothing is written,
and each problem names the file, the cell (such as C7) and the column.
Then the changes are listed (street, item, judge, old → new) and written
after you confirm, the same way as entry in the dashboard: journaled, saved
atomically, and logged (liangsaibi audit). Empty cells change nothing; ~ clears
a score. A cell that already holds a different score is a conflict, refused
unless --overwrite.

Options:
  --yes                    write without asking
  --overwrite              replace different existing scores with the sheet's
  --encoding gb18030       the CSV sheets are in GB18030
  --operator NAME          the operator in the entry log (default: the OS user)
  --file-encoding gb18030  for competition files saved as GBK/GB18030
`},
	"import.no_sheet":   {"请给出评分文件和至少一张评分表，例如：liangsaibi import 本季度.yaml 评委一.xlsx", "give the competition file and at least one sheet, e.g. liangsaibi import round.yaml j1.xlsx"},
	"import.locked":     {"%s 正由 %s@%s（进程 %d，自 %s 起）录入，无法导入；请先关闭那边的看板", "%s is being edited by %s@%s (pid %d, since %s); close that dashboard first"},
	"import.read":       {"无法读取评分表 %s：%v", "cannot read the sheet %s: %v"},
	"import.refused":    {"没有写入任何内容：共 %d 处问题，请改正后重新导入。", "Nothing was written: %d problems; correct them and import again."},
	"import.nothing":    {"评分表中没有新的分数，%s 未改动。", "The sheets hold no new scores; %s is unchanged."},
	"import.header":     {"将写入 %s 的改动（%d 处）：", "Changes to write into %s (%d):"},
	"import.col.street": {"街道", "Street"},
	"import.col.item":   {"细则项", "Item"},
	"import.col.judge":  {"评委", "Judge"},
	"import.col.change": {"原值 → 新值", "Old → new"},
	"import.col.where":  {"来自", "From"},
	"import.overwrite":  {"（覆盖）", " (overwrite)"},
	"import.ask":        {"确认写入以上 %d 处改动？(y/N) ", "Write these %d changes? (y/N) "},
	"import.cancelled":  {"已取消，没有写入。", "Cancelled; nothing was written."},
	"import.commit":     {"写入失败（已写入 %d 处，其余未写入）：%v", "writing failed (%d written, the rest not): %v"},
	"import.save":       {"保存失败：%v（已录入的分数保存在日志中，下次打开时恢复）", "saving failed: %v (the entered scores are kept in the journal and recovered on the next open)"},
	"import.done":       {"已写入 %d 处改动到 %s。", "Wrote %d changes into %s."},
	"import.direct":     {"—", "—"},
}

// The export, sheet and import texts join the command line's catalog.
func init() {
	for k, v := range exportMsgs {
		msgs[k] = v
	}
}
