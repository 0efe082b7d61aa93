package main

import "liangsaibi/i18n"

// genMsgs are the texts of the hidden `liangsaibi gen` command.
var genMsgs = i18n.Catalog{
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
}
