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
	"rank.help": {`用法：liangsaibi rank 文件 [--format table|json|csv|yaml]

计算每个街道的得分并排名。
  table  表格（默认）：排名（并列会标出）、总分、等次、与第一名差距、未达标项数、
         与上一轮相比的名次和总分变化；未评完的街道排在最后，标为“待评”及进度。
  json   供程序读取的结果（分数是字符串，小数位数与发布一致）
  csv    电子表格（UTF-8，带 BOM，Excel 可直接打开）
  yaml   排名导出文件，下一轮可在 previous: 中引用它做纵向比

选项：
  -f, --format 格式     输出格式，默认 table
  --encoding gb18030    文件是 GBK/GB18030 编码时使用

示例：
  liangsaibi rank 本季度.yaml
  liangsaibi rank 本季度.yaml --format csv > 排名.csv
  liangsaibi rank 本季度.yaml --format yaml > 本季度.排名.yaml
`, `Usage: liangsaibi rank FILE [--format table|json|csv|yaml]

Scores every street and ranks them.
  table  a table (default): rank (ties marked), total, band, gap to first,
         number of items below standard, and rank and total change since the
         previous round; incomplete streets last, marked pending with progress.
  json   results for programs (scores as strings with the published decimals)
  csv    a spreadsheet (UTF-8 with BOM, opens in Excel)
  yaml   the ranked export a later round names as previous:

Options:
  -f, --format FORMAT   output format, table by default
  --encoding gb18030    for files saved as GBK/GB18030

Examples:
  liangsaibi rank round.yaml
  liangsaibi rank round.yaml --format csv > ranking.csv
  liangsaibi rank round.yaml --format yaml > round.ranked.yaml
`},
	"rank.bad_format": {"不支持的输出格式“%s”；可选 table、json、csv、yaml", "unknown format %q; choose table, json, csv or yaml"},
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
}
