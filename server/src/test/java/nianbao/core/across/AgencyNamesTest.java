package nianbao.core.across;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Titles of one agency across years normalise to one name; titles of two agencies never do. */
class AgencyNamesTest {
    @Test
    void spacesYearsTraditionalCharactersAndPeoplesGovernmentAreNormalisedAway() {
        String plain = AgencyNames.normalise("青禾市星湖区民政局2024年政府信息公开工作年度报告");
        assertEquals("青禾市星湖区民政局", plain);
        assertEquals(plain, AgencyNames.normalise("青禾市 星湖區民政局 2023年 政府信息公開工作年度報告"));
        assertEquals(plain, AgencyNames.normalise("2023年度青禾市星湖区民政局政府信息公开工作年度报告"));
        assertEquals(plain, AgencyNames.normalise("　青禾市星湖区民政局（2022年度）政府信息公开工作年度报告"));
        String government = AgencyNames.normalise("青禾市星湖区人民政府2024年政府信息公开工作年度报告");
        assertEquals("青禾市星湖区", government);
        assertEquals(government, AgencyNames.normalise("青禾市星湖区政府2023年政府信息公开工作年度报告"));
        assertEquals(government, AgencyNames.normalise("青禾市星湖区人民政府信息公开工作年度报告（2022年）"));
    }

    @Test
    void differentAgenciesStayDifferent() {
        assertNotEquals(AgencyNames.normalise("青禾市星湖区民政局2024年政府信息公开工作年度报告"),
                AgencyNames.normalise("青禾市星湖区司法局2023年政府信息公开工作年度报告"));
        assertNotEquals(AgencyNames.normalise("青禾市星湖区人民政府2024年政府信息公开工作年度报告"),
                AgencyNames.normalise("青禾市星湖区民政局2023年政府信息公开工作年度报告"));
    }
}
