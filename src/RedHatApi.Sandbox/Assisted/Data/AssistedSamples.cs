namespace RedHatApi.Sandbox.Assisted.Data;

/// <summary>
/// The Assisted Installer sample payloads (openshift/assisted-service docs/user-guide/samples, copied unchanged),
/// used as the template of every sandbox cluster so field names and JSON-in-string fields are the real ones.
/// </summary>
public static class AssistedSamples
{
    /// <summary>docs/user-guide/samples/cluster.json: a cluster in pending-for-input.</summary>
    public const string ClusterJson = """
        {
          "base_dns_domain": "redhat.com",
          "cluster_network_cidr": "10.128.0.0/14",
          "cluster_network_host_prefix": 23,
          "cluster_networks": [
            {
              "cidr": "10.128.0.0/14",
              "cluster_id": "948b8ba9-798f-4310-bb08-67a6b56ebdcc",
              "host_prefix": 23
            }
          ],
          "connectivity_majority_groups": "{\"IPv4\":[],\"IPv6\":[]}",
          "controller_logs_collected_at": "0001-01-01T00:00:00.000Z",
          "controller_logs_started_at": "0001-01-01T00:00:00.000Z",
          "cpu_architecture": "x86_64",
          "created_at": "2021-12-16T14:56:30.604526Z",
          "deleted_at": null,
          "disk_encryption": {
            "enable_on": "none",
            "mode": "tpmv2"
          },
          "email_domain": "Unknown",
          "feature_usage": "{\"VIP auto alloc.\":{\"id\":\"VIP_AUTO_ALLOC\",\"name\":\"VIP auto alloc.\"}}",
          "control_plane_count": 3,
          "host_networks": [],
          "hosts": [],
          "href": "/api/assisted-install/v2/clusters/948b8ba9-798f-4310-bb08-67a6b56ebdcc",
          "hyperthreading": "all",
          "id": "948b8ba9-798f-4310-bb08-67a6b56ebdcc",
          "ignition_endpoint": {},
          "image_info": {
            "created_at": "0001-01-01T00:00:00Z",
            "expires_at": "0001-01-01T00:00:00.000Z"
          },
          "install_completed_at": "2000-01-01T00:00:00.000Z",
          "install_started_at": "2000-01-01T00:00:00.000Z",
          "kind": "Cluster",
          "machine_networks": [],
          "monitored_operators": [
            {
              "cluster_id": "948b8ba9-798f-4310-bb08-67a6b56ebdcc",
              "name": "console",
              "operator_type": "builtin",
              "status_updated_at": "0001-01-01T00:00:00.000Z",
              "timeout_seconds": 3600
            }
          ],
          "name": "testcluster",
          "ocp_release_image": "quay.io/openshift-release-dev/ocp-release:4.8.23-x86_64",
          "openshift_version": "4.8.23",
          "platform": {
            "ovirt": {},
            "type": "baremetal",
            "vsphere": {}
          },
          "progress": {},
          "pull_secret_set": true,
          "schedulable_masters": false,
          "service_network_cidr": "172.30.0.0/16",
          "service_networks": [
            {
              "cidr": "172.30.0.0/16",
              "cluster_id": "948b8ba9-798f-4310-bb08-67a6b56ebdcc"
            }
          ],
          "status": "pending-for-input",
          "status_info": "User input required",
          "status_updated_at": "2021-12-16T14:56:35.348Z",
          "updated_at": "2021-12-16T14:56:35.348962Z",
          "user_managed_networking": false,
          "user_name": "admin",
          "validations_info": "{\"configuration\":[{\"id\":\"pull-secret-set\",\"status\":\"success\",\"message\":\"The pull secret is set.\"}],\"hosts-data\":[{\"id\":\"all-hosts-are-ready-to-install\",\"status\":\"success\",\"message\":\"All hosts in the cluster are ready to install.\"},{\"id\":\"sufficient-masters-count\",\"status\":\"failure\",\"message\":\"Clusters must have at most 3 dedicated masters. Please check your configuration and add or remove hosts to meet the requirement.\"}],\"network\":[{\"id\":\"api-vip-defined\",\"status\":\"pending\",\"message\":\"The Machine Network CIDR is undefined\"},{\"id\":\"api-vip-valid\",\"status\":\"pending\",\"message\":\"The API virtual IP is undefined.\"},{\"id\":\"cluster-cidr-defined\",\"status\":\"success\",\"message\":\"The Cluster Network CIDR is defined.\"},{\"id\":\"dns-domain-defined\",\"status\":\"success\",\"message\":\"The base domain is defined.\"},{\"id\":\"ingress-vip-defined\",\"status\":\"pending\",\"message\":\"The Machine Network CIDR is undefined\"},{\"id\":\"ingress-vip-valid\",\"status\":\"pending\",\"message\":\"The Ingress virtual IP is undefined.\"},{\"id\":\"machine-cidr-defined\",\"status\":\"pending\",\"message\":\"Hosts have not been discovered yet\"},{\"id\":\"machine-cidr-equals-to-calculated-cidr\",\"status\":\"pending\",\"message\":\"The Machine Network CIDR, API virtual IP, or Ingress virtual IP is undefined.\"},{\"id\":\"network-prefix-valid\",\"status\":\"success\",\"message\":\"The Cluster Network prefix is valid.\"},{\"id\":\"network-type-valid\",\"status\":\"success\",\"message\":\"The cluster has a valid network type\"},{\"id\":\"no-cidrs-overlapping\",\"status\":\"pending\",\"message\":\"At least one of the CIDRs (Machine Network, Cluster Network, Service Network) is undefined.\"},{\"id\":\"ntp-server-configured\",\"status\":\"success\",\"message\":\"No ntp problems found\"},{\"id\":\"service-cidr-defined\",\"status\":\"success\",\"message\":\"The Service Network CIDR is defined.\"}],\"operators\":[{\"id\":\"cnv-requirements-satisfied\",\"status\":\"success\",\"message\":\"cnv is disabled\"},{\"id\":\"lso-requirements-satisfied\",\"status\":\"success\",\"message\":\"lso is disabled\"},{\"id\":\"ocs-requirements-satisfied\",\"status\":\"success\",\"message\":\"ocs is disabled\"}]}",
          "vip_dhcp_allocation": true
        }
        """;

    /// <summary>Id of the sample cluster.</summary>
    public const string SampleClusterId = "948b8ba9-798f-4310-bb08-67a6b56ebdcc";

    /// <summary>Infra-env of the sample hosts (docs/user-guide/samples/hosts.json).</summary>
    public const string SampleInfraEnvId = "4f630ba3-0297-4d99-a7c7-f62e7bca1332";

    /// <summary>The hosts of docs/user-guide/samples/hosts.json: id, requested hostname, role.</summary>
    public static readonly (string Id, string Hostname, string Role)[] SampleHosts =
    {
        ("632866c2-de48-4dd4-9c75-34daca833236", "test-infra-cluster-09987558-master-1", "master"),
        ("84bda80b-2770-4ec8-bd47-118c7675ced1", "test-infra-cluster-09987558-master-2", "master"),
        ("1707f60b-ac97-414d-a48b-2951fecd3ba1", "test-infra-cluster-09987558-master-0", "master"),
    };
}
