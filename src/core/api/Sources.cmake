# src/core/api: taskdesk_api. Requests, operations, errors and the facades over them.
taskdesk_sources(taskdesk_api
    ApiClient ApiConfig ApiError ApiErrorText ApiFacade ApiLogging ApiOperation ApiRequest
    ApiResponse CallHandle DirectoryApi RetryPolicy TaskActionsApi TaskAnswersApi TaskListApi
    TasksApi UploadBody
    HEADERS Result)
