package main

import "liangsaibi/i18n"

// msgs holds every text the command line prints, in Chinese and English.
// Each command's help is here too, so translations are reviewed in one place.
var msgs = i18n.Catalog{
	// Errors and usage.
	"panic":              {"抱歉，程序出错了（这是程序的缺陷，不是您的操作问题）：%v\n请把这条信息发给维护人员。", "Sorry, the program failed (a bug, not your mistake): %v\nPlease send this message to the maintainers."},
	"usage.more":         {"运行 %s --help 查看用法。", "Run %s --help for usage."},
	"usage.too_many":     {"多余的参数：%s", "unexpected arguments: %s"},
	"usage.unknown":      {"没有“%s”这个命令", "there is no command %q"},
	"usage.unknown_hint": {"没有“%s”这个命令，是不是“%s”？", "there is no command %q; did you mean %q?"},
	"usage.flag":         {"%s", "%s"},
	"flag.unknown":       {"不认识的选项 %s", "unknown option %s"},
	"flag.bad_value":     {"选项 -%s 的值“%s”无效", "the value %[2]q of the option -%[1]s is not valid"},
	"flag.syntax":        {"选项写法有误：%s", "an option is written wrongly: %s"},
	"flag.other":         {"命令行选项有误", "the command line's options are wrong"},
	"import.too_big":     {"文件太大（超过 %d MiB），不像是评分表；请检查是否选错了文件", "the file is too large (over %d MiB) for a score sheet; is it the right file?"},
	"flag.needs_value":   {"选项 -%s 后面需要一个值", "the option -%s needs a value"},
	"flag.lang":          {"--lang 只能是 zh 或 en，这里是“%s”", "--lang must be zh or en, not %q"},
	"flag.encoding":      {"--encoding 只能是 utf-8 或 gb18030，这里是“%s”", "--encoding must be utf-8 or gb18030, not %q"},
	"tui.failed":         {"看板无法启动：%v", "the dashboard failed: %v"},
	"write.failed":       {"写出结果失败：%v", "cannot write the output: %v"},
	"file.exists":        {"文件 %s 已存在，为防止覆盖已有内容，没有写入。请换一个文件名，或先把原文件改名", "%s already exists; nothing was written so that nothing is lost. Choose another name or rename the existing file"},
	"file.permission":    {"没有权限写入 %s", "no permission to write %s"},
	"file.no_dir":        {"无法创建 %s：所在文件夹不存在", "cannot create %s: its folder does not exist"},
	"file.write":         {"无法写入 %s：%v", "cannot write %s: %v"},

	// Help.
	"root.help.head": {`liangsaibi —— "亮赛比"评比计分与排名工具

用法：
  liangsaibi [文件]           打开看板（不给文件时打开内置示例数据）
  liangsaibi 命令 [参数]

命令：
`, `liangsaibi: scoring and ranking for "亮赛比" competitions

Usage:
  liangsaibi [FILE]          open the dashboard (the built-in demo when no file is given)
  liangsaibi COMMAND [ARGS]

Commands:
`},
	"root.help.tail": {`
全局选项：
  --lang zh|en        界面语言（默认 zh；也可设置环境变量 LIANGSAIBI_LANG）
  --encoding gb18030  读取 GBK/GB18030 编码的文件（默认 UTF-8）
  --version           显示版本
  -h, --help          显示帮助；“liangsaibi 命令 --help”显示该命令的帮助

快速开始：
  liangsaibi demo -o 示例.yaml     写出示例文件
  liangsaibi init 本季度.yaml      生成带说明的模板，按注释填写
  liangsaibi validate 本季度.yaml  检查填写错误（指出第几行第几列）
  liangsaibi rank 本季度.yaml      查看排名

退出码：0 成功，1 文件有错误，2 命令用法错误。
`, `
Global options:
  --lang zh|en        language (default zh; or set LIANGSAIBI_LANG)
  --encoding gb18030  read files saved as GBK/GB18030 (default UTF-8)
  --version           show the version
  -h, --help          show help; "liangsaibi COMMAND --help" for one command

Getting started:
  liangsaibi demo -o demo.yaml       write the demo file
  liangsaibi init round.yaml         write an annotated template to fill in
  liangsaibi validate round.yaml     find mistakes (with line and column)
  liangsaibi rank round.yaml         show the ranking

Exit status: 0 success, 1 errors in files, 2 wrong usage.
`},
	"help.common_flags": {`
通用选项：
  --lang zh|en  界面语言（默认 zh）
  -h, --help    显示本帮助
`, `
Common options:
  --lang zh|en  language (default zh)
  -h, --help    show this help
`},
	"help.summary": {"显示帮助", "show help"},
	"help.help": {`用法：liangsaibi help [命令]

显示全部命令，或某个命令的用法。
`, `Usage: liangsaibi help [COMMAND]

Shows every command, or how to use one.
`},

	"rank.summary": {"按总分排名（表格、JSON、CSV 或 YAML）", "rank the streets (table, JSON, CSV or YAML)"},
	"rank.help": {`用法：liangsaibi rank 文件 [--format table|json|csv|csv-gbk|yaml|md]

计算每个街道的得分并排名。
  table  表格（默认）：排名（并列会标出）、总分、等次、与第一名差距、未达标项数、
         与上一轮相比的名次和总分变化；未评完的街道排在最后，标为“待评”及进度。
  json   供程序读取的结果（分数是字符串，小数位数与发布一致）
  csv    电子表格（UTF-8，带 BOM，Excel 可直接打开）
  csv-gbk  同上，GBK 编码，供老版本 WPS、Excel 使用
  yaml   排名导出文件，下一轮可在 previous: 中引用它做纵向比
  md     Markdown 通报
  （xlsx 是二进制文件，请用 liangsaibi export 文件 -o 排名.xlsx）

选项：
  -f, --format 格式     输出格式，默认 table
  --encoding gb18030    文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi rank 本季度.yaml
  liangsaibi rank 本季度.yaml --format csv > 排名.csv
  liangsaibi rank 本季度.yaml --format yaml > 本季度.排名.yaml
`, `Usage: liangsaibi rank FILE [--format table|json|csv|csv-gbk|yaml|md]

Scores every street and ranks them.
  table  a table (default): rank (ties marked), total, band, gap to first,
         number of items below standard, and rank and total change since the
         previous round; incomplete streets last, marked pending with progress.
  json   results for programs (scores as strings with the published decimals)
  csv    a spreadsheet (UTF-8 with BOM, opens in Excel)
  csv-gbk  the same in GBK, for older WPS and Excel
  yaml   the ranked export a later round names as previous:
  md     the Markdown notice
  (xlsx is a binary file: use liangsaibi export FILE -o ranking.xlsx)

Options:
  -f, --format FORMAT   output format, table by default
  --encoding gb18030    for files saved as GBK/GB18030

Examples:
  liangsaibi rank round.yaml
  liangsaibi rank round.yaml --format csv > ranking.csv
  liangsaibi rank round.yaml --format yaml > round.ranked.yaml
`},
	"rank.bad_format": {"不支持的输出格式“%s”；可选 table、json、csv、csv-gbk、yaml、md（xlsx 请用 export）", "unknown format %q; choose table, json, csv, csv-gbk, yaml or md (xlsx: use export)"},
	"rank.no_file":    {"请给出评分文件，例如：liangsaibi rank 本季度.yaml", "name a competition file, e.g. liangsaibi rank round.yaml"},

	// The ranking table.
	"col.rank":         {"排名", "Rank"},
	"col.street":       {"街道", "Street"},
	"col.total":        {"总分", "Total"},
	"col.band":         {"等次", "Band"},
	"col.gap_first":    {"与第一名差距", "Gap to 1st"},
	"col.below":        {"未达标项", "Below std"},
	"col.rank_change":  {"名次变化", "Rank chg"},
	"col.total_change": {"总分变化", "Total chg"},
	"cell.pending":     {"待评 %d/%d", "pending %d/%d"},
	"cell.tied":        {"%d 并列", "=%d"},
	"cell.new":         {"新", "new"},
	"table.title":      {"%s —— 排名", "%s — ranking"},
	"table.round":      {"（%s）", " (%s)"},
	"table.footer":     {"已评 %d/%d 个街道，满分 %s", "Ranked %d of %d streets; full mark %s"},
	"table.previous":   {"；名次和总分变化与“%s”相比", "; changes are against %q"},

	"validate.summary": {"检查评分文件，指出每处错误的行和列", "check competition files; every mistake with its line and column"},
	"validate.help": {`用法：liangsaibi validate 文件...

检查一个或多个评分文件，一次列出所有错误，每条形如
  文件:行:列: 说明
全部有效时退出码为 0，有任何错误时为 1。

选项：
  --encoding gb18030    文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi validate 本季度.yaml
`, `Usage: liangsaibi validate FILE...

Checks one or more competition files and lists every mistake at once, as
  FILE:LINE:COL: message
Exit status 0 when all are valid, 1 when any has an error.

Options:
  --encoding gb18030    for files saved as GBK/GB18030

Example:
  liangsaibi validate round.yaml
`},
	"validate.no_file": {"请给出要检查的文件，例如：liangsaibi validate 本季度.yaml", "name the files to check, e.g. liangsaibi validate round.yaml"},
	"validate.ok":      {"%s: 有效（%d 个街道，%d 位评委，%d 个细则项；已评完 %d/%d 个街道）", "%s: valid (%d streets, %d judges, %d items; %d of %d streets fully scored)"},
	"validate.invalid": {"%s: 发现 %d 处问题", "%s: %d problem(s) found"},

	"init.summary": {"生成带中文说明的评分文件模板", "write an annotated template"},
	"init.help": {`用法：liangsaibi init [文件]

写出一个带详细中文注释的评分文件模板（默认文件名 competition.yaml），
每个字段都有说明。已有同名文件时不会覆盖。
`, `Usage: liangsaibi init [FILE]

Writes a competition file template with every field explained in Chinese
comments (competition.yaml by default). An existing file is never replaced.
`},
	"init.done": {`已生成模板 %[1]s。接下来：
  1. 用记事本或 WPS 打开 %[1]s，按注释填写评比名称、评委、评分细则、街道和分数；
     保存时选择 UTF-8 编码。
  2. 运行 liangsaibi validate %[1]s 检查有没有填错。
  3. 运行 liangsaibi rank %[1]s 查看排名，或 liangsaibi %[1]s 打开看板。
同一文件夹里的 competition.schema.json 让 VS Code 等编辑器在输入时提示和检查字段。
`, `Wrote the template %[1]s. Next:
  1. Open %[1]s in a text editor and fill in the title, judges, criteria,
     streets and scores as the comments explain; save it as UTF-8.
  2. Run liangsaibi validate %[1]s to find mistakes.
  3. Run liangsaibi rank %[1]s for the ranking, or liangsaibi %[1]s for the dashboard.
competition.schema.json in the same folder lets editors such as VS Code
complete and check fields as you type.
`},

	"demo.summary": {"写出内置的示例数据", "write the built-in demo file"},
	"demo.help": {`用法：liangsaibi demo [-o 文件]

写出内置的示例评分文件（14 个街道，数据为虚构）。不给 -o 时输出到屏幕；
给出 -o 时写入该文件，并在同一文件夹写入上一轮排名 demo.prev.yaml
（用于纵向比）。不会覆盖已有文件。

选项：
  -o, --output 文件   写入的文件

示例：
  liangsaibi demo -o 示例.yaml
  liangsaibi rank 示例.yaml
`, `Usage: liangsaibi demo [-o FILE]

Writes the built-in demo competition (14 streets, fictional data). Without
-o it goes to stdout; with -o it is written to FILE, with the previous round
demo.prev.yaml beside it (for the comparison with that round). Existing files
are never replaced.

Options:
  -o, --output FILE   the file to write

Example:
  liangsaibi demo -o demo.yaml
  liangsaibi rank demo.yaml
`},
	"demo.done":       {"已写出示例 %s 和上一轮排名 %s。运行 liangsaibi rank %[1]s 查看排名。\n", "Wrote the demo %s and its previous round %s. Run liangsaibi rank %[1]s for the ranking.\n"},
	"demo.name_clash": {"示例文件不能命名为 %s（这是上一轮排名文件的名字）", "the demo cannot be named %s (that is its previous round's file)"},

	"version.summary": {"显示版本", "show the version"},
	"version.help": {`用法：liangsaibi version

显示版本，也可用 liangsaibi --version。
`, `Usage: liangsaibi version

Shows the version; liangsaibi --version does the same.
`},

	// `liangsaibi audit` and --operator.
	"audit.summary": {"显示每一次改动：谁、何时、从哪里，把哪个分数从多少改成多少", "show every change: who, when, from where, which score, from what to what"},
	"audit.help": {`用法：liangsaibi audit 文件

列出该文件分数的每一次改动，不论来自哪里（看板录入、import 导入的评分表、
评委手机、合并的外部修改）：时间、操作员、街道、细则项、评委、原值 → 新值、来自哪里。
记录保存在“文件.audit.jsonl”中。操作员默认是电脑的登录用户名，
打开看板时可用 --operator 姓名 指定，例如：
  liangsaibi 本季度.yaml --operator 张三
`, `Usage: liangsaibi audit FILE

Lists every change to FILE's scores, wherever it came from (the dashboard, a
sheet brought in by import, a judge's phone, a merged outside edit): time,
operator, street, item, judge, old → new, and where from. The log is kept in
FILE.audit.jsonl. The operator is the
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

	// `liangsaibi export`, `sheet` and `import`.
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
	"export.csv_only":   {"--encoding 只用于 CSV 导出；评分文件是 GBK/GB18030 编码时用 --file-encoding gb18030", "--encoding applies to CSV exports only; for a competition file in GBK/GB18030 use --file-encoding gb18030"},
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
	"import.commit":     {"写入失败，没有写入任何分数（导入要么全部写入，要么都不写）：%v", "writing failed and no score was written (an import is all in or all out): %v"},
	"import.save":       {"保存失败：%v（已录入的分数保存在日志中，下次打开时恢复）", "saving failed: %v (the entered scores are kept in the journal and recovered on the next open)"},
	"import.done":       {"已写入 %d 处改动到 %s。", "Wrote %d changes into %s."},
	"import.direct":     {"—", "—"},

	// the hidden `liangsaibi gen` command.
	"gen.summary": {"生成测试用的模拟比赛文件（用于压力测试）", "write a synthetic competition file (for load tests)"},
	"gen.help": {`用法：liangsaibi gen --streets 数量 --judges 数量 --items 数量 [--holes 比例] [--seed 种子] -o 文件

生成一个合法的模拟比赛文件（数据全部虚构），用于测试大规模时的速度。
同样的参数和种子总是生成完全相同的文件。已存在的文件不会被覆盖；-o - 写到屏幕。

  --streets N   参评单位数（1 到 100000，默认 14）
  --judges J    评委人数（0 到 50，默认 7；0 表示没有评委打分项）
  --items K     细则项数（1 到 200，默认 15）
  --holes P     留空或回避的比例，0 到 1（默认 0）
  --seed S      随机种子（默认 1）

例如：
  liangsaibi gen --streets 3000 --judges 7 --items 20 -o 全市.yaml
`, `Usage: liangsaibi gen --streets N --judges J --items K [--holes P] [--seed S] -o FILE

Writes a valid synthetic competition (all data made up), to measure speed at
large sizes. The same options and seed always give the same file. Existing
files are never overwritten; -o - writes to stdout.

  --streets N   ranked units (1 to 100000, default 14)
  --judges J    judges (0 to 50, default 7; 0 means no judged items)
  --items K     items (1 to 200, default 15)
  --holes P     fraction of empty or recused slots, 0 to 1 (default 0)
  --seed S      random seed (default 1)

Example:
  liangsaibi gen --streets 3000 --judges 7 --items 20 -o city.yaml
`},
	"gen.no_output": {"请用 -o 给出要写入的文件，例如：liangsaibi gen --streets 3000 -o 全市.yaml", "give the file to write with -o, e.g. liangsaibi gen --streets 3000 -o city.yaml"},
	"gen.bad_int":   {"--%s 应是 %d 到 %d 之间的整数，这里是“%s”", "--%s must be a whole number from %d to %d, not %q"},
	"gen.bad_holes": {"--holes 应是 0 到 1 之间的小数（例如 0.05），这里是“%s”", "--holes must be a fraction from 0 to 1 (e.g. 0.05), not %q"},
	"gen.bad_seed":  {"--seed 应是整数，这里是“%s”", "--seed must be a whole number, not %q"},
	"gen.done":      {"已生成 %s：%d 个单位 × %d 位评委 × %d 项，%d 字节（模拟数据）。\n", "Wrote %s: %d units × %d judges × %d items, %d bytes (synthetic data).\n"},

	// `liangsaibi project`.
	"project.summary": {"投影模式：大屏幕排名，文件保存后自动更新", "projector mode: the ranking on the big screen, live"},
	"project.help": {`用法：liangsaibi project [文件] [--page-seconds 8] [--reveal] [--hold] [--light]

在投影仪上全屏显示排名：前三名大号数字，其余分页滚动；文件（或录入日志）
保存后一秒内自动更新，文件暂时无法读取时保留上次结果。不写任何文件。
不给文件时显示内置示例数据。

  --page-seconds N  每页停留秒数（默认 8）
  --reveal          揭晓模式：从最后一名起逐个揭晓
  --hold            以“成绩核对中”画面开始，按 h 显示成绩
  --light           白底黑字（默认黑底白字）

按键：↑/↓、PgUp/PgDn 翻页（不在揭晓模式时 ←/→、空格也翻页）；Home 第一页；
R 揭晓模式：空格或 → 揭晓下一名，← 退回一名，a 全部显示；h 核对画面；
t 切换黑底/白底；q 退出。
`, `Usage: liangsaibi project [FILE] [--page-seconds 8] [--reveal] [--hold] [--light]

Shows the ranking full screen for a projector: the top three in large
digits, the rest paging by itself. It follows FILE (and its entry journal)
within a second of every save, and keeps the last good result while the
file cannot be read. It never writes a file. Without FILE, the demo.

  --page-seconds N  seconds per page (default 8)
  --reveal          reveal mode: from last place up to first
  --hold            start on the "scores being checked" screen; h shows them
  --light           dark text on white (default: light text on black)

Keys: ↑/↓, PgUp/PgDn turn pages (←/→ and space too, outside reveal mode);
Home first page; R reveal mode: space or → reveals the next, ← goes back one,
a shows all; h hold screen; t dark/light; q quits.
`},
	"project.page_seconds": {"--page-seconds 须为正整数，收到 %d", "--page-seconds must be a positive whole number, got %d"},
	"project.no_terminal":  {"投影模式需要在终端窗口中运行", "projector mode needs a terminal window"},
	"project.failed":       {"投影模式出错：%v", "projector mode failed: %v"},

	// `liangsaibi schema`.
	"schema.summary": {"输出比赛文件的 JSON Schema（供 VS Code 等编辑器补全和检查）", "print the competition file's JSON Schema (for editors such as VS Code)"},
	"schema.help": {`用法：liangsaibi schema [文件]

输出比赛文件的 JSON Schema（带中文说明）。把它保存在比赛文件旁边：
  liangsaibi schema competition.schema.json
模板第一行的 # yaml-language-server: $schema=./competition.schema.json
会让 VS Code（装 YAML 扩展）在输入时提示字段、显示说明并标出错误。
不写文件名时输出到屏幕。已有同名文件时不会覆盖。
`, `Usage: liangsaibi schema [FILE]

Prints the competition file's JSON Schema (with Chinese descriptions). Save
it next to your competition files:
  liangsaibi schema competition.schema.json
The template's first line # yaml-language-server: $schema=./competition.schema.json
makes VS Code (with the YAML extension) complete fields, show their
descriptions and mark mistakes as you type. Without FILE it prints to the
screen. An existing file is never replaced.
`},
	"schema.done":   {"已写出 %s", "wrote %s"},
	"trend.summary": {"历次成绩走势：各街道每轮总分与名次、进步与退步、连续未达标", "results by round: each street's total and rank, most improved and declined, repeated shortfalls"},
	"trend.help": {`用法：liangsaibi trend 文件

列出各街道在 history: 与 previous: 所列各轮（最多近 8 轮，含本轮）的
总分和名次（括号内），名次变化（与最早有名次的一轮相比），进步最多、
退步最多的街道，以及连续两轮及以上未达标的细则。
history: 是此前各轮排名导出文件的列表，从早到晚，不含 previous: 所列的上一轮。

选项：
  --file-encoding gb18030  评分文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi trend 本季度.yaml
`, `Usage: liangsaibi trend FILE

Lists each street's total and rank (in brackets) in the rounds named by
history: and previous: (at most the last 8, this one included), the change
of rank since the first round it was ranked in, the most improved and most
declined streets, and the items below standard in consecutive rounds.
history: lists the earlier rounds' ranked exports, oldest first, without the
previous: file.

Options:
  --file-encoding gb18030  the competition file is in GBK/GB18030

Example:
  liangsaibi trend round.yaml
`},
	"trend.no_file":    {"请给出评分文件，例如：liangsaibi trend 本季度.yaml", "name a competition file, e.g. liangsaibi trend round.yaml"},
	"trend.none":       {"评分文件没有列出以前的轮次（previous: 或 history:），没有走势可列。", "The file names no earlier round (previous: or history:): there is no trend to list."},
	"trend.col.rank":   {"本轮名次", "Rank"},
	"trend.col.street": {"街道", "Street"},
	"trend.col.change": {"名次变化", "Move"},
	"trend.improved":   {"进步最多：", "Most improved:"},
	"trend.declined":   {"退步最多：", "Most declined:"},
	"trend.move":       {"%s：%s第 %d 名 → 本轮第 %d 名（%s）", "%s: #%[3]d in %[2]s → #%[4]d now (%[5]s)"},
	"trend.repeats":    {"连续两轮及以上未达标：", "Below standard in consecutive rounds:"},
	"trend.repeat":     {"%s · %s：连续 %d 轮", "%s · %s: %d rounds in a row"},
	"trend.nothing":    {"（无）", "(none)"},
	"hint.gbk":         {"这样读取：%s", "To read it as it is: %s"},
	"serve.summary":    {"评委手机打分：评委扫码用手机打分，大屏在浏览器中显示排名", "judges score on their phones, the big screen runs in a browser"},
	"serve.help": {`用法：liangsaibi serve 文件 [--addr :0] [--operator 姓名] [--sheet 打印页.html] [--show-others] [--closed] [--new-links] [--page-seconds 8]

在本电脑上开启评委手机打分：评委用手机扫描本人的二维码打分，投影电脑的浏览器打开大屏地址显示排名；
终端是控制台（评委手机视图），工作人员可在其中查看每位评委的提交、开放或关闭某街道的评分、退回提交，
纸质评分照常在“4 录入”中输入。每次提交都像键盘录入一样写入日志、审计并保存（操作人为评委，来源为手机地址）。

评委如何连上：
  手机须与本电脑连接同一个 Wi-Fi（或同一局域网）；不需要互联网，也不需要安装任何软件。
  Windows 第一次运行时会弹出“Windows 安全中心警报”（防火墙），请勾选“专用网络”并点“允许访问”，否则手机打不开。
  会场 Wi-Fi 若开启了“客户端隔离/AP 隔离”，手机无法访问本电脑：请改用不隔离的网络或本电脑的热点。

选项：
  --addr 地址         监听地址，默认 :0（所有网卡、自动选空闲端口）；如 :8080 固定端口，127.0.0.1:0 只供本机测试
  --operator 姓名     本电脑录入人（写入审计记录）
  --sheet 文件        二维码打印页（HTML，用浏览器打开后打印到 A4），默认与比赛文件同目录“文件名-评委二维码.html”
  --show-others       允许评委看到其他评委的分数和当前排名（默认只能看到本人的分数）
  --closed            启动时除答辩中的街道外全部关闭，由控制台逐个开放（默认：首次全部开放，重启后保留上次关闭的街道）
  --new-links         为每位评委生成新链接（新一轮开始时；默认沿用本轮已发的链接，旧二维码仍有效）
  --page-seconds N    大屏每页停留秒数，默认 8

控制台按键：↑↓ 选街道 ←→ 选评委，o 开放/关闭评分，s 设为正在答辩，b 退回（填写原因），c 显示二维码，
k 作废链接，n 换新链接，N 全部换新（再按 y 确认），P 保存打印页；大屏：h 暂停（成绩核对中），v 揭晓模式，空格 揭晓下一名，[ ] 翻页；Esc 回到看板，9 再次打开。
没有终端时（如作为服务运行）只打印地址和每位评委的链接，按 Ctrl+C 结束。

重启后：评委链接保存在比赛文件旁的“文件名.links.json”（含密钥，只有本机用户可读），本轮内重启电脑或程序后
再次运行 serve，沿用同一端口和链接，二维码仍然有效，评委刷新页面即可继续（电脑的局域网地址变了才需重新打印）；
作废的链接仍然作废；关闭的街道、答辩中的街道、退回及原因、大屏暂停和揭晓进度都恢复原样。
比赛文件的标题或轮次改变（新一轮）时自动换新链接。

安全：每位评委的链接含一个随机密钥，只对本轮有效，可在控制台作废；链接和打印页请勿转发。
局域网上使用的是普通 HTTP，同一网络中能抓包的人可以看到内容，详见 SECURITY.md。`, `Usage: liangsaibi serve FILE [--addr :0] [--operator NAME] [--sheet SHEET.html] [--show-others] [--closed] [--new-links] [--page-seconds 8]

Serves the judges' phones from this computer: each judge scans their own QR code and scores on the phone; the
projector's browser opens the big-screen address and shows the ranking. The terminal is the console (the phones
view): staff see each judge's submissions, open or close scoring per street, return a submission, and type
paper scores in tab 4 as usual. Every submission is journaled, audited and saved like a typed score (the judge
as operator, the phone's address as source).

How judges connect:
  Phones must be on the same Wi-Fi (or LAN) as this computer; no internet and nothing to install.
  On Windows, the first run shows a "Windows Security Alert" (the firewall): tick "Private networks" and choose
  "Allow access", or phones cannot open the page.
  If the venue's Wi-Fi isolates clients (AP isolation), phones cannot reach this computer: use another network
  or this computer's hotspot.

Options:
  --addr ADDR         where to listen, default :0 (every interface, a free port); :8080 for a fixed port,
                      127.0.0.1:0 for tests on this computer only
  --operator NAME     who enters at this computer (for the audit log)
  --sheet FILE        the printable QR sheet (HTML: open it in a browser and print on A4), by default
                      "NAME-评委二维码.html" beside the file
  --show-others       let judges see the other judges' scores and the ranking (by default only their own)
  --closed            close scoring for every street but the one on stage; the console opens them (default: all
                      open the first time; a restart keeps the streets closed before it)
  --new-links         give every judge a new link (a new round; by default the round's links are kept and
                      printed QR codes still work)
  --page-seconds N    seconds per page on the big screen, default 8

Console keys: ↑↓ street ←→ judge, o open/close scoring, s on stage, b return (with a reason), c QR code,
k withdraw a link, n new link, N new links for all (then y), P save the print sheet; big screen: h hold, v reveal mode, space reveal next,
[ ] pages; Esc back to the dashboard, 9 opens the console again.
Without a terminal (as a service) it prints the addresses and each judge's link; Ctrl+C stops it.

After a restart: the judges' links are kept beside the file in "NAME.links.json" (secrets, readable by this
computer's user only); running serve again in the same round keeps the port and the links, so printed QR codes
still work and judges just reload the page (print again only if the computer's LAN address changed); withdrawn
links stay withdrawn; closed streets, the street on stage, returns with their reasons and the big screen's hold and
reveal come back as they were. When the file's title or round changes (a new round) every
judge gets a new link.

Security: each judge's link holds a random secret, valid for this round and withdrawable from the console; do
not forward links or the sheet. Plain HTTP on a LAN can be read by anyone capturing traffic there: see SECURITY.md.`},
	"serve.no_file":      {"请给出比赛文件，如 liangsaibi serve 比赛.yaml", "give the competition file, e.g. liangsaibi serve contest.yaml"},
	"serve.not_writer":   {"%s 正由另一个窗口录入或不可写入，不能开启评委手机打分", "%s is being entered in another window or cannot be written: the judges' phones cannot be served"},
	"serve.listen":       {"无法在 %s 上开启服务：%s", "cannot serve on %s: %s"},
	"serve.addresses":    {"评委手机打分已开启：%s", "serving the judges' phones: %s"},
	"serve.screen":       {"大屏：%s", "big screen: %s"},
	"serve.link":         {"  %s：%s", "  %s: %s"},
	"serve.sheet":        {"二维码打印页：%s", "QR sheet: %s"},
	"serve.sheet_failed": {"二维码打印页未能保存：%s", "the QR sheet could not be saved: %s"},
	"serve.running":      {"按 Ctrl+C 结束", "Ctrl+C stops"},

	// `liangsaibi seal`, `verify`, `audit --verify` (复核 and sealing).
	"seal.summary": {"封存本轮结果（冻结分数并记录校验码），或写明理由后启封", "seal the round's results (freeze the scores, record their digest), or unseal with a reason"},
	"seal.help": {`用法：liangsaibi seal 文件 [--operator 姓名]
      liangsaibi seal 文件 --unseal --reason 理由 [--operator 姓名]

封存后，任何途径（看板、导入、评委手机）都不能再修改分数。封存记录时间、操作员和
整场比赛（分数、规则、名称）的 SHA-256 校验码，写入审计日志。校验码的前 8 位印在
每一份导出的排名和投影页脚上（“校验码 3f9a1c2e”），用 liangsaibi verify 核对。
规则要求复核（rules.review）时，所有分数复核完成后才能封存。
确需修改时先启封并写明理由（记入审计日志）；之后的修改会改变校验码。
`, `Usage: liangsaibi seal FILE [--operator NAME]
       liangsaibi seal FILE --unseal --reason TEXT [--operator NAME]

Once sealed, nothing changes a score (dashboard, import, judges' phones). The seal
records the time, the operator and the SHA-256 digest of the whole competition
(scores, rules, names) in the audit log. The first 8 digits of the digest are
printed on every export and the projector's footer ("digest 3f9a1c2e"); check a
printout with liangsaibi verify. When the rules ask for review (rules.review),
every score must be reviewed before sealing. To change a score after sealing,
unseal with a reason (kept in the audit log); any change then changes the digest.
`},
	"seal.no_file":     {"请给出评分文件，例如：liangsaibi seal 本季度.yaml", "give a competition file, e.g. liangsaibi seal round.yaml"},
	"seal.need_reason": {"启封须写明理由：--reason 理由", "unsealing needs a reason: --reason TEXT"},
	"seal.sealed":      {"已封存 %s：校验码 %s（SHA-256 %s）", "sealed %s: digest %s (SHA-256 %s)"},
	"seal.next":        {"请把校验码印在公布的排名上；核对时运行 liangsaibi verify %s --digest %s", "print the digest on the published ranking; to check it run liangsaibi verify %s --digest %s"},
	"seal.unsealed":    {"已启封 %s（理由：%s）；之后的任何修改都会改变校验码", "unsealed %s (reason: %s); any change from now on changes the digest"},
	"verify.summary":   {"核对打印的排名上的校验码与文件是否一致", "check the digest printed on a ranking against the file"},
	"verify.help": {`用法：liangsaibi verify 文件 --digest 校验码

计算文件（含尚未保存的录入日志）当前的校验码，与打印在排名上的校验码（至少 8 位，
不分大小写，可带空格或省略号）比较。一致说明打印以来没有任何分数、规则或名称被改动。
要确认每个分数都有审计记录可查、记录没有被改动，请运行 liangsaibi audit 文件 --verify。
`, `Usage: liangsaibi verify FILE --digest DIGEST

Computes the file's digest now (with its unsaved entry journal) and compares it with
the digest printed on a ranking (at least 8 digits, any case, spaces or an ellipsis
allowed). A match means no score, rule or name changed since it was printed. To
check that every score has its record and no record was changed, run
liangsaibi audit FILE --verify.
`},
	"verify.no_file":       {"请给出评分文件，例如：liangsaibi verify 本季度.yaml --digest 3f9a1c2e", "give a competition file, e.g. liangsaibi verify round.yaml --digest 3f9a1c2e"},
	"verify.no_digest":     {"请用 --digest 给出打印的校验码（至少 %d 位）", "give the printed digest with --digest (at least %d digits)"},
	"verify.match":         {"一致：%s 当前的校验码是 %s（SHA-256 %s），与打印的相符", "match: the digest of %s is %s (SHA-256 %s), as printed"},
	"verify.mismatch":      {"不一致：%s 当前的校验码是 %s，打印的是 %s；打印之后文件被改动过，或打印的不是这个文件", "MISMATCH: the digest of %s is %s, the printout says %s; the file changed after printing, or the printout is of another file"},
	"verify.sealed":        {"已封存：%s 由 %s 封存，校验码 %s", "sealed on %s by %s, digest %s"},
	"verify.seal_differs":  {"问题：文件当前的校验码 %s 与封存时不同：封存之后分数被改动过", "problem: the file's digest is now %s, not the sealed one: scores changed after sealing"},
	"verify.records":       {"审计日志 %s：共 %d 条记录", "audit log %s: %d records"},
	"verify.unverified":    {"其中前 %d 条记录写于启用校验之前，无法校验（未验证）", "the first %d of them were written before records were chained and cannot be checked (unverified)"},
	"verify.after_head":    {"最后 %d 条记录写入后记录头未更新（写入时中断？），这几条无法确认是否完整", "the head was not updated after the last %d records (interrupted while writing?): they cannot be confirmed whole"},
	"verify.chain_ok":      {"记录链完整：没有记录被修改、删除或调换顺序", "the chain is whole: no record was edited, removed or reordered"},
	"verify.record":        {"第 %d 条记录（第 %d 行，%s，操作员 %s）", "record %d (line %d, %s, operator %s)"},
	"verify.edited_who":    {"问题：%s 被修改过：内容与其校验值不符", "problem: %s was edited: its content does not match its hash"},
	"verify.edited":        {"问题：第 %d 行的记录被修改过，已无法读取", "problem: the record on line %d was edited and can no longer be read"},
	"verify.gap":           {"问题：%s 之前的记录被删除或调换了顺序", "problem: a record before %s was removed, or records were reordered"},
	"verify.unchained":     {"问题：%s 的校验值被删去了", "problem: the hash of %s was removed"},
	"verify.tail":          {"问题：最后的记录被删除了：现存最后一条是 %s", "problem: the newest records were removed: the last one left is %s"},
	"verify.head_missing":  {"问题：记录头文件 %s 不见了，无法确认最后的记录没有被删除", "problem: the head file %s is missing: the newest records cannot be confirmed"},
	"verify.start_changed": {"问题：审计日志开始以后，某个没有录入记录的分数被改动过（见下列分数之一）", "problem: since the log began, a score that no record names was changed (one of those below)"},
	"verify.no_record":     {"问题：%s 文件中为 %s，但没有任何录入记录（手工改动？）", "problem: %s is %s in the file, but no record entered it (edited by hand?)"},
	"verify.differs":       {"问题：%s 文件中为 %s，审计日志最后记录的是 %s（手工改动？）", "problem: %s is %s in the file, but the last record entered %s (edited by hand?)"},
	"verify.scores_ok":     {"文件中的每个分数都有录入记录可查", "every score in the file is explained by a record"},
	"verify.review":        {"复核：已复核 %d，待复核 %d，退回 %d，不一致 %d", "review: %d confirmed, %d awaiting review, %d returned, %d differing"},
	"verify.bad":           {"结论：发现 %d 处问题", "result: %d problems found"},
	"verify.good":          {"结论：未发现篡改", "result: no tampering found"},
	"audit.did.confirm":    {"复核通过 %s", "confirmed %s"},
	"audit.did.return":     {"退回 %s（%s）", "returned %s (%s)"},
	"audit.did.check":      {"盲录 %s", "entered again blind: %s"},
	"audit.did.decide":     {"裁定为 %s", "decided for %s"},
	"audit.did.seal":       {"封存，校验码 %s", "sealed, digest %s"},
	"audit.did.unseal":     {"启封（%s）", "unsealed (%s)"},
	"audit.did.start":      {"开始记录", "log started"},
	"audit.did.merge":      {"合并外部修改", "merged an outside edit"},
	"import.sealed":        {"%s 的结果已封存（校验码 %s），不能再修改；确需修改须先运行 liangsaibi seal 文件 --unseal --reason 理由", "the results of %s are sealed (digest %s) and cannot change; to change them, first run liangsaibi seal FILE --unseal --reason TEXT"},
	"sheet.ambiguous":      {"“%s”可以指几个：%s；请写全名或编号", "%q could mean several: %s; give the full name or the id"},
	"sheet.candidate":      {"%s（%s）", "%s (%s)"},
	"sheet.list_sep":       {"、", ", "},
	"audit.col.source":     {"来自", "From"},
	"audit.src.keyboard":   {"本机键盘", "this computer"},
	"audit.src.import":     {"评分表导入", "sheet import"},
	"audit.src.phone":      {"评委手机 %s", "judge's phone %s"},
	"audit.src.merge":      {"合并外部修改", "outside edit merged"},
}
