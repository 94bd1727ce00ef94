package io.github.seapopym4j.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.seapopym4j.model.GroupParameter;
import org.junit.jupiter.api.Test;

class ParameterNameTest {

  private static String message(String text) {
    return assertThrows(IllegalArgumentException.class, () -> ParameterNames.parse(text))
        .getMessage();
  }

  @Test
  void parsesGroupDotParameterAndWritesItBack() {
    ParameterName n = ParameterNames.parse("D1N1.tr_0");
    assertEquals(new ParameterName("D1N1", GroupParameter.TR_0), n);
    assertEquals("D1N1.tr_0", n.toString());
    assertEquals(new ParameterName("D2N1.bis", GroupParameter.GAMMA_TR),
        ParameterNames.parse("D2N1.bis.gamma_tr"));
  }

  @Test
  void refusesTheOldSweepSpellingNamingTheOneToWrite() {
    assertEquals("parameter name 'D1N1_tr_0' uses the old spelling GROUP_parameter; write D1N1.tr_0",
        message("D1N1_tr_0"));
    assertEquals("parameter name 'D2N1_gamma_tr' uses the old spelling GROUP_parameter; write "
        + "D2N1.gamma_tr", message("D2N1_gamma_tr"));
  }

  @Test
  void refusesAnUnknownParameterOrAMissingGroup() {
    assertEquals("parameter name 'D1N1.tr0': expected a parameter among "
        + GroupParameter.csvNames() + ", but found 'tr0'", message("D1N1.tr0"));
    assertEquals("expected a parameter name GROUP.parameter (e.g. D1N1.tr_0), but '.tr_0' names no "
        + "group", message(".tr_0"));
    assertEquals("expected a parameter name GROUP.parameter (e.g. D1N1.tr_0), but found 'tr_0'",
        message("tr_0"));
  }
}
