package scoring

import "testing"

func TestPublishRounding(t *testing.T) {
	tests := []struct {
		x        string
		decimals int
		halfUp   string
		halfEven string
	}{
		{"8.345", 2, "8.35", "8.34"},
		{"8.355", 2, "8.36", "8.36"},
		{"-8.345", 2, "-8.35", "-8.34"},
		{"-8.355", 2, "-8.36", "-8.36"},
		{"0.125", 2, "0.13", "0.12"},
		{"0.135", 2, "0.14", "0.14"},
		{"2.5", 0, "3", "2"},
		{"3.5", 0, "4", "4"},
		{"-2.5", 0, "-3", "-2"},
		{"-0.5", 0, "-1", "0"},
		{"0.5", 0, "1", "0"},
		{"8.3449999", 2, "8.34", "8.34"},
		{"8.3450001", 2, "8.35", "8.35"},
		{"-8.3450001", 2, "-8.35", "-8.35"},
		{"1/3", 2, "0.33", "0.33"},
		{"2/3", 2, "0.67", "0.67"},
		{"-2/3", 2, "-0.67", "-0.67"},
		{"1/8", 2, "0.13", "0.12"},
		{"0.1", 2, "0.10", "0.10"},
		{"0.1", 0, "0", "0"},
		{"0.1", 4, "0.1000", "0.1000"},
		{"0.00005", 4, "0.0001", "0.0000"},
		{"0.00015", 4, "0.0002", "0.0002"},
		{"-0.004", 2, "0.00", "0.00"},
		{"100", 2, "100.00", "100.00"},
		{"0", 3, "0.000", "0.000"},
		{"123456.785", 2, "123456.79", "123456.78"},
	}
	for _, tt := range tests {
		x := rat(t, tt.x)
		if got := Publish(x, tt.decimals, HalfUp).String(); got != tt.halfUp {
			t.Errorf("Publish(%s, %d, half_up) = %s, want %s", tt.x, tt.decimals, got, tt.halfUp)
		}
		if got := Publish(x, tt.decimals, HalfEven).String(); got != tt.halfEven {
			t.Errorf("Publish(%s, %d, half_even) = %s, want %s", tt.x, tt.decimals, got, tt.halfEven)
		}
	}
}

// 0.1 + 0.2 is exactly 0.3 with exact decimals; a float would give
// 0.30000000000000004 and could round differently at the last digit.
func TestPublishExactSum(t *testing.T) {
	sum := dec(t, "0.1") + dec(t, "0.2")
	if got := Publish(sum.Rat(), 6, HalfUp).String(); got != "0.300000" {
		t.Errorf("0.1+0.2 published to 6 decimals = %s", got)
	}
	// 1.005 is a classic float trap (stored as 1.00499999…).
	if got := Publish(dec(t, "1.005").Rat(), 2, HalfUp).String(); got != "1.01" {
		t.Errorf("1.005 half_up = %s, want 1.01", got)
	}
}

func TestPublishedHelpers(t *testing.T) {
	a := Publish(rat(t, "5.46"), 2, HalfUp)
	b := Publish(rat(t, "7.5"), 2, HalfUp)
	if got := a.Signed(); got != "+5.46" {
		t.Errorf("Signed = %s", got)
	}
	if got := a.Sub(b).Signed(); got != "-2.04" {
		t.Errorf("Sub.Signed = %s", got)
	}
	if got := a.Sub(a).Signed(); got != "0.00" {
		t.Errorf("zero Signed = %s", got)
	}
	if a.Cmp(b) >= 0 || b.Cmp(a) <= 0 || a.Cmp(a) != 0 {
		t.Error("Cmp disagrees with the values")
	}
	if Missing.String() != "" || Missing.Signed() != "" || Missing.Rat() != nil {
		t.Error("Missing should render as nothing")
	}
	if a.Sub(Missing).Valid || Missing.Sub(a).Valid {
		t.Error("a difference with a missing value must be missing")
	}
	if a.Rat().Cmp(rat(t, "546/100")) != 0 {
		t.Errorf("Rat = %v", a.Rat())
	}
	if got := Publish(rat(t, "-0.05"), 2, HalfUp).String(); got != "-0.05" {
		t.Errorf("small negative = %s", got)
	}
	if HalfUp.String() != "half_up" || HalfEven.String() != "half_even" {
		t.Error("rounding names")
	}
}
