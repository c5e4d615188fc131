// Event reasons the kubelet records, as named upstream.
// Models pkg/kubelet/events/event.go

// Container event reasons
export const CreatedContainer = 'Created';
export const StartedContainer = 'Started';
export const FailedToCreateContainer = 'Failed';
export const FailedToStartContainer = 'Failed';
export const KillingContainer = 'Killing';
export const PreemptContainer = 'Preempting';
export const BackOffStartContainer = 'BackOff';
export const ExceededGracePeriod = 'ExceededGracePeriod';

// Pod event reasons
export const FailedToKillPod = 'FailedKillPod';
export const FailedToCreatePodContainer = 'FailedCreatePodContainer';
export const FailedToMakePodDataDirectories = 'Failed';
export const NetworkNotReady = 'NetworkNotReady';

// Image event reasons
export const PullingImage = 'Pulling';
export const PulledImage = 'Pulled';
export const FailedToPullImage = 'Failed';
export const FailedToInspectImage = 'InspectFailed';
export const ErrImageNeverPullPolicy = 'ErrImageNeverPull';
export const BackOffPullImage = 'BackOff';

// Kubelet event reasons
export const NodeReady = 'NodeReady';
export const NodeNotReady = 'NodeNotReady';
export const NodeSchedulable = 'NodeSchedulable';
export const NodeNotSchedulable = 'NodeNotSchedulable';
export const StartingKubelet = 'Starting';
export const KubeletSetupFailed = 'KubeletSetupFailed';
export const FailedAttachVolume = 'FailedAttachVolume';
export const FailedMountVolume = 'FailedMount';
export const VolumeResizeFailed = 'VolumeResizeFailed';
export const VolumeResizeSuccess = 'VolumeResizeSuccessful';
export const FileSystemResizeFailed = 'FileSystemResizeFailed';
export const FileSystemResizeSuccess = 'FileSystemResizeSuccessful';
export const FailedMapVolume = 'FailedMapVolume';
export const WarnAlreadyMountedVolume = 'AlreadyMountedVolume';
export const SuccessfulAttachVolume = 'SuccessfulAttachVolume';
export const SuccessfulMountVolume = 'SuccessfulMountVolume';
export const NodeRebooted = 'Rebooted';
export const NodeShutdown = 'Shutdown';
export const ContainerGCFailed = 'ContainerGCFailed';
export const ImageGCFailed = 'ImageGCFailed';
export const FailedNodeAllocatableEnforcement = 'FailedNodeAllocatableEnforcement';
export const SuccessfulNodeAllocatableEnforcement = 'NodeAllocatableEnforced';
export const SandboxChanged = 'SandboxChanged';
export const FailedCreatePodSandBox = 'FailedCreatePodSandBox';
export const FailedStatusPodSandBox = 'FailedPodSandBoxStatus';
export const FailedMountOnFilesystemMismatch = 'FailedMountOnFilesystemMismatch';
export const FailedPrepareDynamicResources = 'FailedPrepareDynamicResources';
export const PossibleMemoryBackedVolumesOnDisk = 'PossibleMemoryBackedVolumesOnDisk';
export const CgroupV1 = 'CgroupV1';

// Image manager event reasons
export const InvalidDiskCapacity = 'InvalidDiskCapacity';
export const FreeDiskSpaceFailed = 'FreeDiskSpaceFailed';

// Probe event reasons
export const ContainerUnhealthy = 'Unhealthy';
export const ContainerProbeWarning = 'ProbeWarning';

// Pod worker event reasons
export const FailedSync = 'FailedSync';

// Config event reasons
export const FailedValidation = 'FailedValidation';

// Lifecycle hooks
export const FailedPostStartHook = 'FailedPostStartHook';
export const FailedPreStopHook = 'FailedPreStopHook';
