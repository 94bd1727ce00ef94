package io.github.seapopym4j.model;

/**
 * The output variables of a run, with the file names of the long CSV export (those of the SeapoPym
 * v0.1 reference grid).
 */
public enum OutputVariable {
  /** Biomass B [g m⁻²] per group. */
  BIOMASS,
  /** Recruited production R [g m⁻² d⁻¹] per group. */
  PRODUCTION_RECRUITED,
  /** Mortality λ [1/day] per group. */
  MORTALITY,
  /** Day-length weighted mean temperature Tm [°C] per group. */
  AVERAGE_TEMPERATURE,
  /** Day length [fraction of the day], the same for every group. */
  DAY_LENGTH;

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The variable's name (the constant's in lower case), e.g. {@code "production_recruited"}. */
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
      set.add(java.util.Arrays.stream(values()).filter(v -> v.label.equalsIgnoreCase(label))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(String.format("output "
          + "variable '%s' is unknown; expected a comma separated list of %s, or all", label,
          java.util.Arrays.stream(values()).map(OutputVariable::label).toList()))));
    }
    return java.util.List.copyOf(set);
  }

  /** The export file name, e.g. {@code "biomass.csv"}. */
  public String fileName() {
    return label + ".csv";
  }

  /** Whether the variable has a value per group (all but day length). */
  public boolean perGroup() {
    return this != DAY_LENGTH;
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
}
