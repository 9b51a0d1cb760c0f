package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.Vpc;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Ec2ItemsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ConfigItem item(String type, String arn, String region, String resourceId, String configuration)
            throws Exception {
        return new ConfigItem("1.3", "111122223333", arn, type, resourceId, null, region, null, null, "OK", Map.of(),
                List.of(), configuration == null ? null : MAPPER.readTree(configuration), Map.of());
    }

    @Test
    void constructsTheArnWhenTheItemHasNone() throws Exception {
        Vpc vpc = new VpcNormalizer().normalize(item("AWS::EC2::VPC", null, "us-east-1", "vpc-01",
                "{\"vpcId\":\"vpc-01\",\"cidrBlock\":\"10.0.0.0/16\"}"));

        assertEquals("arn:aws:ec2:us-east-1:111122223333:vpc/vpc-01", vpc.arn());
        assertEquals(false, vpc.defaultVpc());
    }

    @Test
    void constructedArnUsesTheRegionsPartition() throws Exception {
        SecurityGroup sg = new SecurityGroupNormalizer().normalize(item("AWS::EC2::SecurityGroup", null,
                "us-gov-west-1", "sg-01", "{\"groupId\":\"sg-01\",\"groupName\":\"app\"}"));

        assertEquals("arn:aws-us-gov:ec2:us-gov-west-1:111122223333:security-group/sg-01", sg.arn());
        assertEquals("app", sg.name());
    }

    @Test
    void anItemWithoutConfigurationIsUnusable() throws Exception {
        ConfigItem noConfiguration = item("AWS::EC2::Volume", "arn:aws:ec2:us-east-1:111122223333:volume/vol-01",
                "us-east-1", "vol-01", null);

        assertThrows(ItemException.class, () -> new EbsVolumeNormalizer().normalize(noConfiguration));
    }

    @Test
    void anItemWithoutAnyIdIsUnusable() throws Exception {
        ConfigItem noId = item("AWS::EC2::Subnet", "arn:aws:ec2:us-east-1:111122223333:subnet/x", "us-east-1", null,
                "{\"cidrBlock\":\"10.0.0.0/24\"}");

        assertThrows(ItemException.class, () -> new SubnetNormalizer().normalize(noId));
    }
}
