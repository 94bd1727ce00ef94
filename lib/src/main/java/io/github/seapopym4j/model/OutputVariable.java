package io.github.seapopym4j.model;

/**
 * The output variables of a run, with the file names of the long CSV export (those of the SeapoPym
 * v0.1 reference grid).
 */
public enum OutputVariable {
  /** Biomass B [g m⁻²] per group. */
  BIOMASS("biomass", true),
  /** Recruited production R [g m⁻² d⁻¹] per group. */
  PRODUCTION_RECRUITED("production_recruited", true),
  /** Mortality λ [1/day] per group. */
  MORTALITY("mortality", true),
  /** Day-length weighted mean temperature Tm [°C] per group. */
  AVERAGE_TEMPERATURE("average_temperature", true),
  /** Day length [fraction of the day], the same for every group. */
  DAY_LENGTH("day_length", false);

  private final String label;
  private final boolean perGroup;

  OutputVariable(String label, boolean perGroup) {
    this.label = label;
    this.perGroup = perGroup;
  }

  /** The variable's name, e.g. {@code "production_recruited"}. */
  public String label() {
    return label;
  }

  /**
   * The variables named in {@code text}, comma separated labels such as {@code
   * "biomass,mortality"}, or {@code all}, in the enum's order (each once).
   *
   * @throws IllegalArgumentException naming the unknown label and the accepted ones
   */
  public static java.util.List<OutputVariable> parseList(String text) {
    java.util.EnumSet<OutputVariable> set = java.util.EnumSet.noneOf(OutputVariable.class);
    for (String part : text.split(",")) {
      String label = part.strip();
      if (label.equalsIgnoreCase("all")) {
        set.addAll(java.util.List.of(values()));
        continue;
      }
      OutputVariable found = null;
      for (OutputVariable v : values()) {
        found = v.label.equalsIgnoreCase(label) ? v : found;
      }
      if (found == null) {
        throw new IllegalArgumentException(String.format("output variable '%s' is unknown; expected "
            + "a comma separated list of %s, or all", label, java.util.Arrays.stream(values())
            .map(OutputVariable::label).toList()));
      }
      set.add(found);
    }
    return java.util.List.copyOf(set);
  }

  /** The export file name, e.g. {@code "biomass.csv"}. */
  public String fileName() {
    return label + ".csv";
  }

  /** Whether the variable has a value per group (all but day length). */
  public boolean perGroup() {
    return perGroup;
  }

  /** Reads one value ({@code group} ignored for day length). */
  public double value(ModelOutput out, int group, int time, int lat, int lon) {
    return switch (this) {
      case BIOMASS -> out.biomass(group, time, lat, lon);
      case PRODUCTION_RECRUITED -> out.recruitedProduction(group, time, lat, lon);
      case MORTALITY -> out.mortality(group, time, lat, lon);
      case AVERAGE_TEMPERATURE -> out.averageTemperature(group, time, lat, lon);
      case DAY_LENGTH -> out.dayLength(time, lat, lon);
    };
  }

  /** The time series [time] of one group in one cell (a new array). */
  public double[] series(ModelOutput out, int group, int lat, int lon) {
    double[] s = new double[out.time().size()];
    for (int t = 0; t < s.length; t++) {
      s[t] = value(out, group, t, lat, lon);
    }
    return s;
  }
}
